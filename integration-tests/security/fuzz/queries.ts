import fc from "fast-check"
import { hostileString } from "./hostile-values"
import { percentEncode, stripUnsendable } from "./percent-encode"
import type { ZodSchema } from "./route-schemas"
import { conformingValue, KnownIds, objectShape } from "./zod-arbitrary"

/** What Medusa's list and retrieve params read, whether or not the route declares them. */
const STANDARD_KEYS = [
  "fields",
  "limit",
  "offset",
  "order",
  "with_deleted",
  "q",
  "id",
  "created_at",
]

/** Keys shaped to reach the query normaliser, qs and the filter builder in odd ways. */
const keyShape = fc.constantFrom(
  (key: string) => key,
  (key: string) => key,
  (key: string) => `${key}[]`,
  (key: string) => `${key}[$gt]`,
  (key: string) => `${key}[$in][0]`,
  (key: string) => `${key}[$or][0][id]`,
  (key: string) => `${key}[__proto__][polluted]`,
  (key: string) => `${key}.x`,
  (key: string) => `${key}.x.y`,
  (key: string) => `${key}[0][1][2][3][4][5][6]`,
  () => "__proto__[polluted]",
  () => "constructor[prototype][polluted]",
  () => "$or[0][seller_id]",
  () => "filters[seller_id]"
)

const garbageValue: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "-1",
    "0",
    "-0",
    "1.5",
    "1e309",
    "NaN",
    "Infinity",
    "99999999999999999999999",
    "9007199254740993",
    "2147483648",
    "true",
    "null",
    "*",
    "+*",
    "*seller",
    "seller.*",
    "+seller.email,+seller.members.*",
    "-id",
    "--created_at",
    "-",
    "created_at;drop table seller",
    "id,id,id,id,id",
    "a.b.c.d.e.f.g",
    "orders.items.variant.product.seller.members.email",
    "2024-13-45T99:99:99Z",
    "0000-00-00",
    "%",
    "%E0%A4%A",
    "%zz",
    "%00"
  ),
  hostileString.map((value) => value.slice(0, 400)),
  fc
    .array(
      fc.constantFrom(
        "id",
        "*",
        "+",
        "-",
        ".",
        "seller",
        "status",
        "x".repeat(200)
      ),
      { minLength: 1, maxLength: 50 }
    )
    .map((parts) => parts.join(","))
)

/**
 * A raw query string for a route: its declared params (from its query schema) with valid
 * and garbage values, Medusa's standard ones, and keys bent into arrays, operators,
 * nested objects and prototype keys. Some pairs are sent unencoded (raw `%`, brackets).
 */
export function queryArbitrary(
  schema: ZodSchema | undefined,
  ids: KnownIds
): fc.Arbitrary<string> {
  const shape = objectShape(schema) ?? {}
  const keys = [...new Set([...Object.keys(shape), ...STANDARD_KEYS])]
  const pair = fc
    .tuple(fc.constantFrom(...keys), keyShape, fc.boolean())
    .chain(([key, shapeKey, raw]) => {
      const declared = shape[key]
      const value = declared
        ? fc.oneof(
            conformingValue(declared, ids, key).map(stringify),
            garbageValue
          )
        : garbageValue
      return value.map((text) => {
        const name = shapeKey(key)
        return raw
          ? `${name}=${text}`
          : `${percentEncode(name)}=${percentEncode(text)}`
      })
    })
  return fc
    .array(pair, { minLength: 0, maxLength: 6 })
    .map((pairs) => withinUrlLimit(stripUnsendable(pairs.join("&"))))
}

/**
 * Node answers 431 itself, before the app, when the request head passes 16 kB: keep the
 * query well under that so the fuzz tests the app, not Node's header limit.
 */
const MAX_QUERY_LENGTH = 6000

function withinUrlLimit(query: string): string {
  if (query.length <= MAX_QUERY_LENGTH) return query
  const cut = query.lastIndexOf("&", MAX_QUERY_LENGTH)
  return query.slice(0, cut > 0 ? cut : MAX_QUERY_LENGTH)
}

function stringify(value: unknown): string {
  if (Array.isArray(value)) return value.map(stringify).join(",")
  if (typeof value === "object" && value !== null) return JSON.stringify(value)
  return String(value)
}
