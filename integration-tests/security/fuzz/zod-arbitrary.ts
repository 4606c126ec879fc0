import fc from "fast-check"
import { HUGE_STRING_LENGTH, NASTY_STRINGS } from "./hostile-values"
import type { ZodSchema } from "./route-schemas"

/** Ids of the caller's real records, used for fields named `id`, `*_id` and `*_ids`. */
export type KnownIds = string[]

const MAX_DEPTH = 6

/**
 * Values a zod v4 schema accepts (best effort: refinements and transforms are not
 * modelled), with hostile content wherever the schema leaves room: any unicode, NUL,
 * markup, boundary numbers, strings up to the maximum length. These get past validation,
 * so the route's workflow and the database see them.
 */
export function conformingValue(
  schema: ZodSchema,
  ids: KnownIds,
  key = "",
  depth = 0
): fc.Arbitrary<unknown> {
  const def = schema.def as Record<string, unknown> & { type: string }
  const inner = (name: string) =>
    conformingValue(def[name] as ZodSchema, ids, key, depth)
  if (depth > MAX_DEPTH) {
    return fc.constant(null)
  }
  switch (def.type) {
    case "object":
      return objectValue(def.shape as Record<string, ZodSchema>, ids, depth)
    case "string":
      return stringValue(schema._zod.bag, ids, key)
    case "number":
      return numberValue(schema._zod.bag)
    case "boolean":
      return fc.boolean()
    case "enum":
      return fc.constantFrom(
        ...Object.values(def.entries as Record<string, string | number>)
      )
    case "literal":
      return fc.constantFrom(...(def.values as unknown[]))
    case "array": {
      const { minimum, maximum } = schema._zod.bag as {
        minimum?: number
        maximum?: number
      }
      const elementKey = key.endsWith("_ids") ? key.slice(0, -1) : key
      return fc.array(
        conformingValue(def.element as ZodSchema, ids, elementKey, depth + 1),
        {
          minLength: minimum ?? 0,
          maxLength: Math.min(maximum ?? 4, Math.max(minimum ?? 0, 4)),
        }
      )
    }
    case "optional":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return inner("innerType")
    case "nullable":
      return fc.option(inner("innerType"), { nil: null, freq: 6 })
    case "pipe": {
      // z.preprocess(fn, schema) is a pipe from a transform into the schema.
      const from = def.in as ZodSchema
      return from.def.type === "transform" ? inner("out") : inner("in")
    }
    case "union":
      return fc.oneof(
        ...(def.options as ZodSchema[]).map((option) =>
          conformingValue(option, ids, key, depth + 1)
        )
      )
    case "record":
      return fc.dictionary(
        fc.oneof(
          fc.string({ maxLength: 12 }),
          fc.constantFrom(...NASTY_STRINGS.filter(Boolean))
        ),
        conformingValue(def.valueType as ZodSchema, ids, "", depth + 1),
        { maxKeys: 4 }
      )
    case "lazy":
      return conformingValue(
        (def.getter as () => ZodSchema)(),
        ids,
        key,
        depth + 1
      )
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

/** The keys of an object schema (after unwrapping optional/default/pipe wrappers), if it is one. */
export function objectKeys(schema: ZodSchema | undefined): string[] {
  const shape = objectShape(schema)
  return shape ? Object.keys(shape) : []
}

export function objectShape(
  schema: ZodSchema | undefined
): Record<string, ZodSchema> | undefined {
  let current = schema
  for (let i = 0; current && i < 10; i++) {
    const def = current.def as Record<string, unknown> & { type: string }
    if (def.type === "object") {
      return def.shape as Record<string, ZodSchema>
    }
    current = (def.innerType ?? def.out ?? def.in) as ZodSchema | undefined
  }
  return undefined
}

function objectValue(
  shape: Record<string, ZodSchema>,
  ids: KnownIds,
  depth: number
) {
  const model: Record<string, fc.Arbitrary<unknown>> = {}
  const requiredKeys: string[] = []
  for (const [name, field] of Object.entries(shape)) {
    model[name] = conformingValue(field, ids, name, depth + 1)
    if (!acceptsUndefined(field)) {
      requiredKeys.push(name)
    }
  }
  return fc.record(model, { requiredKeys })
}

function acceptsUndefined(schema: ZodSchema): boolean {
  const def = schema.def as Record<string, unknown> & { type: string }
  if (
    def.type === "optional" ||
    def.type === "default" ||
    def.type === "prefault"
  ) {
    return true
  }
  if (
    def.type === "nullable" ||
    def.type === "readonly" ||
    def.type === "catch"
  ) {
    return acceptsUndefined(def.innerType as ZodSchema)
  }
  if (def.type === "pipe") {
    return acceptsUndefined(def.out as ZodSchema)
  }
  if (def.type === "union") {
    return (def.options as ZodSchema[]).some(acceptsUndefined)
  }
  return false
}

function stringValue(
  bag: Record<string, unknown>,
  ids: KnownIds,
  key: string
): fc.Arbitrary<string> {
  const min = (bag.minimum as number | undefined) ?? 0
  const max = (bag.maximum as number | undefined) ?? HUGE_STRING_LENGTH
  const fits = (value: string) => value.length >= min && value.length <= max
  const patterns = [...((bag.patterns as Set<RegExp> | undefined) ?? [])]
  if (bag.format === "email") {
    return fc
      .tuple(
        fc.stringMatching(/^[a-z0-9]{1,20}$/),
        fc.constantFrom("example.test", "xn--80ak6aa92e.test", "a.b.c.test")
      )
      .map(([local, domain]) => `${local}@${domain}`)
      .filter(fits)
  }
  if (bag.format === "url") {
    return fc
      .oneof(
        fc.webUrl({ withQueryParameters: true, withFragments: true }),
        fc.constantFrom(
          "javascript:alert(1)",
          "file:///etc/passwd",
          "http://127.0.0.1:1/",
          "http://[::1]/x",
          "data:text/html,<script>alert(1)</script>"
        )
      )
      .filter(fits)
  }
  if (patterns.length && bag.format === "regex") {
    return fc.stringMatching(patterns[0]).filter(fits)
  }
  const lengths = { minLength: min, maxLength: Math.min(max, 40) }
  const candidates: fc.WeightedArbitrary<string>[] = [
    { weight: 3, arbitrary: fc.string({ unit: "grapheme", ...lengths }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", ...lengths }) },
  ]
  // Fixed candidates are filtered up front: fc's .filter would spin forever on an empty set.
  const nasty = NASTY_STRINGS.map((value) => value.padEnd(min, "x")).filter(
    fits
  )
  const huge = ["x", "é", "\u0000", "💥"]
    .map((unit) =>
      unit.repeat(Math.max(min, max === HUGE_STRING_LENGTH ? 5000 : max))
    )
    .filter(fits)
  const known = key === "id" || key.endsWith("_id") ? ids.filter(fits) : []
  if (nasty.length)
    candidates.push({ weight: 2, arbitrary: fc.constantFrom(...nasty) })
  if (huge.length)
    candidates.push({ weight: 1, arbitrary: fc.constantFrom(...huge) })
  if (known.length)
    candidates.push({ weight: 8, arbitrary: fc.constantFrom(...known) })
  return fc.oneof(...candidates)
}

function numberValue(bag: Record<string, unknown>): fc.Arbitrary<number> {
  const integer = bag.format === "safeint" || bag.format === "int32"
  const exclusiveMin = bag.exclusiveMinimum as number | undefined
  const exclusiveMax = bag.exclusiveMaximum as number | undefined
  let min = Math.max(
    (bag.minimum as number | undefined) ?? -Number.MAX_VALUE,
    -Number.MAX_VALUE
  )
  let max = Math.min(
    (bag.maximum as number | undefined) ?? Number.MAX_VALUE,
    Number.MAX_VALUE
  )
  if (exclusiveMin !== undefined)
    min = Math.max(
      min,
      integer ? exclusiveMin + 1 : exclusiveMin + Number.EPSILON
    )
  if (exclusiveMax !== undefined)
    max = Math.min(
      max,
      integer ? exclusiveMax - 1 : exclusiveMax - Number.EPSILON
    )
  const edges = [
    0,
    1,
    0.005,
    0.1 + 0.2,
    99.999,
    2 ** 31,
    2 ** 53 - 1,
    1e15,
    1e300,
    Number.MAX_VALUE,
    min,
    max,
  ].filter(
    (value) =>
      value >= min && value <= max && (!integer || Number.isSafeInteger(value))
  )
  const safeMin = Math.max(Math.ceil(min), Number.MIN_SAFE_INTEGER)
  const safeMax = Math.min(Math.floor(max), Number.MAX_SAFE_INTEGER)
  const spread = integer
    ? fc.integer({ min: safeMin, max: safeMax })
    : fc.double({ min, max, noNaN: true, noDefaultInfinity: true })
  return edges.length ? fc.oneof(spread, fc.constantFrom(...edges)) : spread
}
