import fc from "fast-check"
import { ApiRoute, fillPath } from "../support/route-tree"
import { hostileString } from "./hostile-values"
import { percentEncode } from "./percent-encode"

/**
 * Real ids of the caller's records by what the URL segment before a `:param` names,
 * prefixed by the audience: `vendor/orders` for the `:id` of `/vendor/orders/:id/cancel`,
 * `vendor/fulfillments` for its `:fulfillment_id`.
 */
export type PathIds = Record<string, string[]>

/** Segments Express has to decode itself, which fail to decode. */
const MALFORMED_SEGMENTS = ["%", "%E0%A4%A", "%zz", "%C0%AE%C0%AE", "%uD800"]

export function pathIdKey(route: ApiRoute, param: string): string {
  const segments = route.path.split("/").filter(Boolean)
  const index = segments.indexOf(`:${param}`)
  return `${segments[0]}/${segments[index - 1]}`
}

/**
 * The route's URL with each `:param` set to one of the caller's real ids most of the
 * time, else to random or hostile text (encoded), or to a malformed percent sequence.
 * A route whose param has no known real id is a fixture gap, reported loudly.
 */
export function pathArbitrary(
  route: ApiRoute,
  ids: PathIds
): fc.Arbitrary<string> {
  const perParam = route.params.map((param) => {
    const known = ids[pathIdKey(route, param)]
    if (!known?.length) {
      throw new Error(
        `No real id for :${param} of ${route.method} ${route.path}: add "${pathIdKey(route, param)}" to the fuzz world`
      )
    }
    return fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .constantFrom(...known)
          .map((value) => ({ value, raw: false })),
      },
      {
        weight: 3,
        arbitrary: fc
          .oneof(hostileString, fc.string({ minLength: 1, maxLength: 30 }))
          // Encoded, 600 characters stay within Node's 16 kB request-head limit.
          .map((value) => value.slice(0, 600))
          // "" would change the route (an empty segment), not fuzz its param.
          .map((value) => ({ value: value || "x", raw: false })),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom(...MALFORMED_SEGMENTS)
          .map((value) => ({ value, raw: true })),
      }
    )
  })
  return fc.tuple(...perParam).map((values) => {
    const placeholders = route.params.map((_, index) => `FUZZPARAM${index}`)
    let url = fillPath(
      route,
      Object.fromEntries(
        route.params.map((param, index) => [param, placeholders[index]])
      )
    )
    values.forEach(({ value, raw }, index) => {
      url = url.replace(placeholders[index], raw ? value : percentEncode(value))
    })
    return url
  })
}
