import fs from "node:fs"
import path from "node:path"

export type HttpMethod = "GET" | "POST" | "DELETE"

export type ApiRoute = {
  method: HttpMethod
  /** The URL as Medusa mounts it, with `:param` segments: `/vendor/orders/:id/cancel`. */
  path: string
  /** The `:param` names in order of appearance. */
  params: string[]
  /** The route file, relative to the repository root. */
  file: string
}

const API_DIR = path.resolve(__dirname, "../../../src/api")
const EXPORTED_METHOD =
  /^export (?:const|async function|function) (GET|POST|DELETE|PUT|PATCH)\b/gm

/**
 * Every route the application mounts under `prefix` (e.g. "/vendor"), read from the route
 * files the way Medusa's router reads them: folders are URL segments, `[name]` is `:name`,
 * each exported HTTP verb is one route. A new route file joins the security matrices on
 * its own; nothing here lists routes by hand.
 */
export function apiRoutes(
  prefix: "/vendor" | "/admin" | "/store" | "/hooks"
): ApiRoute[] {
  const routes: ApiRoute[] = []
  for (const file of routeFiles(path.join(API_DIR, prefix))) {
    const segments = path
      .relative(API_DIR, path.dirname(file))
      .split(path.sep)
      .map((segment) => segment.replace(/^\[(.+)\]$/, ":$1"))
    const urlPath = "/" + segments.join("/")
    const params = segments
      .filter((segment) => segment.startsWith(":"))
      .map((segment) => segment.slice(1))
    const source = fs.readFileSync(file, "utf8")
    for (const match of source.matchAll(EXPORTED_METHOD)) {
      const method = match[1]
      if (method !== "GET" && method !== "POST" && method !== "DELETE") {
        throw new Error(
          `${file} exports ${method}: extend HttpMethod and the matrices`
        )
      }
      routes.push({
        method,
        path: urlPath,
        params,
        file: path.relative(path.resolve(API_DIR, "../.."), file),
      })
    }
  }
  return routes.sort((a, b) =>
    `${a.path} ${a.method}`.localeCompare(`${b.path} ${b.method}`)
  )
}

/** `/vendor/orders/:id` with `{ id: "order_1" }` → `/vendor/orders/order_1`. */
export function fillPath(
  route: ApiRoute,
  values: Record<string, string>
): string {
  return route.path.replace(/:([a-z_]+)/g, (_, name: string) => {
    const value = values[name]
    if (value === undefined) {
      throw new Error(`No value for :${name} in ${route.method} ${route.path}`)
    }
    return encodeURIComponent(value)
  })
}

/** `GET /vendor/orders/:id`: how a route is named in test titles and lookup tables. */
export function routeName(route: ApiRoute): string {
  return `${route.method} ${route.path}`
}

/**
 * Each `:param` with the collection segment before it: `/vendor/orders/:id/fulfillments/:fulfillment_id`
 * → `orders/:id`, `fulfillments/:fulfillment_id`. The same `:id` means a different resource under
 * each collection, so path values are looked up by these slots.
 */
export function paramSlots(route: ApiRoute): string[] {
  const segments = route.path.split("/")
  return segments.flatMap((segment, index) =>
    segment.startsWith(":") ? [`${segments[index - 1]}/${segment}`] : []
  )
}

function routeFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return []
  }
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : routeFiles(full)
    }
    return entry.name === "route.ts" || entry.name === "route.js" ? [full] : []
  })
}
