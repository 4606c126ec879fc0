import fc from "fast-check"
import { hostileValue, pollutingObject, toJsonText } from "./hostile-values"
import {
  jsonPayload,
  malformedJson,
  multipartPayload,
  Payload,
  wrongContentType,
} from "./raw-bodies"
import type { ZodSchema } from "./route-schemas"
import { conformingValue, KnownIds, objectKeys } from "./zod-arbitrary"

/** Keys a handler could be tricked by when a validator lets unknown keys through. */
const SMUGGLED_KEYS = [
  "__proto__",
  "constructor",
  "prototype",
  "seller_id",
  "status",
  "id",
  "deleted_at",
  "metadata",
]

/**
 * Request bodies for a route: what its validator accepts (so the handler runs on hostile
 * content), that body with fields swapped for values of the wrong type, its real keys
 * with garbage only, arbitrary JSON, malformed JSON, other content types, multipart.
 * `takesFiles` weights multipart bodies up for routes that read uploaded files.
 */
export function bodyArbitrary(
  schema: ZodSchema | undefined,
  ids: KnownIds,
  takesFiles: boolean
): fc.Arbitrary<Payload> {
  const keys = objectKeys(schema)
  const json = (value: fc.Arbitrary<unknown>) =>
    value.map((body) => jsonPayload(toJsonText(body)))
  const kinds: fc.WeightedArbitrary<Payload>[] = [
    { weight: 2, arbitrary: json(fc.jsonValue({ maxDepth: 4 })) },
    {
      weight: 1,
      arbitrary: json(fc.object({ maxDepth: 3, withNullPrototype: true })),
    },
    { weight: 2, arbitrary: malformedJson.map(jsonPayload) },
    { weight: 1, arbitrary: wrongContentType },
    { weight: takesFiles ? 12 : 1, arbitrary: multipartPayload },
  ]
  if (schema) {
    const valid = conformingValue(schema, ids)
    kinds.push(
      { weight: 5, arbitrary: json(valid) },
      { weight: 5, arbitrary: json(mutated(valid)) },
      { weight: 1, arbitrary: json(valid).map(truncatedJson) }
    )
  }
  if (keys.length) {
    kinds.push({ weight: 3, arbitrary: json(realKeysWithGarbage(keys)) })
  }
  return fc.oneof(...kinds)
}

/**
 * A valid body with 1–3 of its (possibly nested) fields replaced by hostile values, and
 * sometimes keys it does not declare added (prototype pollution keys among them).
 */
function mutated(valid: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      valid,
      fc.array(fc.tuple(fc.nat(), hostileValue), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.option(
        fc.tuple(
          fc.constantFrom(...SMUGGLED_KEYS),
          fc.oneof(hostileValue, pollutingObject)
        ),
        { freq: 3 }
      )
    )
    .map(([body, replacements, smuggled]) => {
      const result = replaceNodes(structuredClone(body), replacements)
      if (!smuggled || !isPlainObject(result)) {
        return result
      }
      // A copy (the root may be a shared constant now); defineProperty keeps `__proto__`
      // an own key instead of setting the prototype.
      return Object.defineProperty({ ...result }, smuggled[0], {
        value: smuggled[1],
        enumerable: true,
        configurable: true,
        writable: true,
      })
    })
}

/** Only the route's real keys, each with a value of the wrong type. */
function realKeysWithGarbage(
  keys: string[]
): fc.Arbitrary<Record<string, unknown>> {
  return fc
    .tuple(
      fc.subarray(keys, { minLength: 1 }),
      fc.array(hostileValue, { minLength: keys.length, maxLength: keys.length })
    )
    .map(([chosen, values]) =>
      Object.fromEntries(chosen.map((key, index) => [key, values[index]]))
    )
}

/**
 * Replaces nodes of a JSON value (the root included), each chosen by `pick` among the
 * nodes the value had before any replacement: the hostile values put in are shared
 * constants and tokens, never walked into or changed.
 */
function replaceNodes(
  value: unknown,
  replacements: [number, unknown][]
): unknown {
  const nodes: {
    parent: Record<string, unknown> | unknown[]
    key: string | number
  }[] = []
  const visit = (node: unknown, depth: number) => {
    if (depth > 6) return
    if (Array.isArray(node)) {
      node.forEach((child, index) => {
        nodes.push({ parent: node, key: index })
        visit(child, depth + 1)
      })
    } else if (isPlainObject(node)) {
      for (const key of Object.keys(node)) {
        nodes.push({ parent: node, key })
        visit(node[key], depth + 1)
      }
    }
  }
  visit(value, 0)
  let root = value
  for (const [pick, replacement] of replacements) {
    const index = pick % (nodes.length + 1)
    if (index === nodes.length) {
      root = replacement
    } else {
      const { parent, key } = nodes[index]
      ;(parent as Record<string | number, unknown>)[key] = replacement
    }
  }
  return root
}

function truncatedJson(payload: Payload): Payload {
  const text = payload.body.toString("utf8")
  return {
    ...payload,
    body: Buffer.from(
      text.slice(0, Math.max(1, text.length - 1 - (text.length >> 2)))
    ),
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return false
  const prototype = Object.getPrototypeOf(value)
  return prototype === Object.prototype || prototype === null
}
