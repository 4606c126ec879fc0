import fs from "node:fs"
import path from "node:path"
import type { ApiRoute } from "../support/route-tree"

/** The zod schemas (v4, from @medusajs/framework/zod) a route validates its input with. */
export type RouteSchemas = { body?: ZodSchema; query?: ZodSchema }

/** The part of a zod v4 schema the fuzzer reads: its definition and its checks' bag. */
export type ZodSchema = {
  def: { type: string; [key: string]: unknown }
  _zod: { bag: Record<string, unknown> }
}

const API_DIR = path.resolve(__dirname, "../../../src/api")

type MiddlewareEntry = {
  matcher: string
  methods: string[] | null
  body?: string
  query?: string
}

/**
 * The body and query schemas of a route, read the way a reviewer would: from the
 * `middlewares.ts` files under src/api, the entry whose matcher is the route's path and
 * whose methods include its method, and the `validateAndTransformBody(X)` /
 * `validateAndTransformQuery(Y, …)` calls in it (directly or through a `const` alias);
 * X and Y are then loaded from the module they are imported from.
 */
export function routeSchemas(route: ApiRoute): RouteSchemas {
  const found: RouteSchemas = {}
  for (const file of middlewareFiles(API_DIR)) {
    const source = fs.readFileSync(file, "utf8")
    for (const entry of middlewareEntries(source)) {
      if (
        entry.matcher !== route.path ||
        (entry.methods && !entry.methods.includes(route.method))
      ) {
        continue
      }
      if (entry.body) {
        found.body = loadExport(file, source, entry.body)
      }
      if (entry.query) {
        found.query = loadExport(file, source, entry.query)
      }
    }
  }
  return found
}

function middlewareEntries(source: string): MiddlewareEntry[] {
  const aliases = new Map<string, { kind: "body" | "query"; schema: string }>()
  for (const match of source.matchAll(
    /const (\w+) = validateAndTransform(Body|Query)\(\s*(\w+)/g
  )) {
    aliases.set(match[1], {
      kind: match[2] === "Body" ? "body" : "query",
      schema: match[3],
    })
  }
  return (
    objectLiterals(source)
      // One matcher per literal: a literal holding several is a container, not an entry.
      .filter(
        (literal) => (literal.match(/\bmatcher:\s*"/g) ?? []).length === 1
      )
      .map((literal) => {
        const matcher = /\bmatcher:\s*"([^"]+)"/.exec(literal)![1]
        const methods = /\bmethods:\s*\[([^\]]*)\]/.exec(literal)
        const entry: MiddlewareEntry = {
          matcher,
          methods: methods
            ? [...methods[1].matchAll(/"(\w+)"/g)].map((m) => m[1])
            : null,
          body: /validateAndTransformBody\(\s*(\w+)/.exec(literal)?.[1],
          query: /validateAndTransformQuery\(\s*(\w+)/.exec(literal)?.[1],
        }
        const list = /\bmiddlewares:\s*\[([\s\S]*)\]/.exec(literal)?.[1] ?? ""
        for (const name of list.match(/\b\w+\b/g) ?? []) {
          const alias = aliases.get(name)
          if (alias) {
            entry[alias.kind] ??= alias.schema
          }
        }
        return entry
      })
  )
}

/** Every `{ … }` literal of the source, innermost ones included (string contents ignored). */
function objectLiterals(source: string): string[] {
  const literals: string[] = []
  const open: number[] = []
  let quote: string | null = null
  for (let i = 0; i < source.length; i++) {
    const char = source[i]
    if (quote) {
      if (char === "\\") i++
      else if (char === quote) quote = null
      continue
    }
    if (char === '"' || char === "'" || char === "`") quote = char
    else if (char === "{") open.push(i)
    else if (char === "}" && open.length)
      literals.push(source.slice(open.pop()!, i + 1))
  }
  return literals
}

function loadExport(file: string, source: string, name: string): ZodSchema {
  const imported = [
    ...source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"([^"]+)"/g),
  ].find((match) => match[1].split(",").some((part) => part.trim() === name))
  const modulePath = imported
    ? path.resolve(path.dirname(file), imported[2])
    : file
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const schema = require(modulePath)[name] as ZodSchema | undefined
  if (!schema?.def) {
    throw new Error(
      `${name} (used in ${path.relative(API_DIR, file)}) is not a zod schema`
    )
  }
  return schema
}

function middlewareFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) {
      return entry.name === "__tests__" ? [] : middlewareFiles(full)
    }
    return entry.name === "middlewares.ts" ? [full] : []
  })
}
