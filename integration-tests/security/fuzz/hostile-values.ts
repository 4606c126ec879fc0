import fc from "fast-check"

/** Long enough to hurt, short enough that a JSON body stays under the 100 kB body limit. */
export const HUGE_STRING_LENGTH = 30_000

/**
 * JSON that JSON.stringify cannot write (Infinity, more digits than a double holds, deep
 * nesting): `toJsonText` writes `text` as is, so the server's JSON parser sees exactly it.
 */
export class RawJsonToken {
  constructor(readonly text: string) {}
}

/** Strings that have broken servers: NUL, lone surrogates, RTL marks, markup, injections. */
export const NASTY_STRINGS = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\u202eevil",
  "\ufeff",
  "💥🔥👩‍👩‍👧",
  "Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇",
  "<script>alert(1)</script>",
  "<svg onload=alert(1)>",
  "' OR '1'='1' --",
  '"; DROP TABLE seller; --',
  "${jndi:ldap://127.0.0.1/x}",
  "{{7*7}}",
  "../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%00",
  "%2e%2e%2f",
  "\r\nX-Injected: 1",
  "null",
  "undefined",
  "NaN",
  "-1",
  "1e309",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "prototype",
  " ",
  "",
]

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 1,
    arbitrary: fc.string({ unit: "grapheme", minLength: 1, maxLength: 12 }),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 256, max: HUGE_STRING_LENGTH }),
        fc.constantFrom("x", "é", "\u0000", "💥", "a ")
      )
      .map(([length, unit]) => unit.repeat(Math.ceil(length / unit.length))),
  }
)

/** Numbers at the edges: negative, zero, fractions of a cent, beyond int32/int64/double. */
export const hostileNumber: fc.Arbitrary<number | RawJsonToken> = fc.oneof(
  fc.constantFrom(
    -1,
    -0,
    0,
    0.005,
    1e-320,
    -1e308,
    1e308,
    2 ** 31,
    -(2 ** 31) - 1,
    2 ** 53 + 2,
    2 ** 63,
    Number.MAX_VALUE,
    Number.MIN_SAFE_INTEGER
  ),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc
    .constantFrom(
      "1e999",
      "-1e999",
      "123456789012345678901234567890",
      "1.0000000000000000000001",
      "-0.0"
    )
    .map((text) => new RawJsonToken(text))
)

/** JSON whose nesting is far deeper than any real body (parsers and stores recurse). */
export const deeplyNested: fc.Arbitrary<RawJsonToken> = fc
  .tuple(fc.integer({ min: 50, max: 5000 }), fc.boolean())
  // Written as text: JSON.stringify itself would overflow the stack on the way out.
  .map(
    ([depth, arrays]) =>
      new RawJsonToken(
        arrays
          ? "[".repeat(depth) + '"bottom"' + "]".repeat(depth)
          : '{"a":'.repeat(depth) + '"bottom"' + "}".repeat(depth)
      )
  )

/**
 * Objects with own `__proto__` / `constructor.prototype` keys (as JSON.parse makes them),
 * which a careless merge turns into prototype pollution.
 */
export const pollutingObject: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(
    '{"__proto__":{"polluted":"yes","isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}',
    '{"__proto__":{"seller_id":"sel_polluted","status":"open"}}',
    '{"prototype":{"polluted":"yes"},"__proto__":null}'
  )
  .map((text) => JSON.parse(text))

/** Anything that is the wrong type for some field: strings, numbers, structures. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 3, arbitrary: hostileNumber },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      true,
      false,
      null,
      [],
      {},
      [null],
      [[[]]],
      [""],
      { "": "" }
    ),
  },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: pollutingObject },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 1,
    arbitrary: fc.array(fc.jsonValue({ maxDepth: 1 }), {
      minLength: 200,
      maxLength: 600,
    }),
  }
)

/**
 * JSON text of a value, with RawJsonTokens written verbatim and own `__proto__` keys kept
 * (JSON.stringify writes own enumerable keys, which is what JSON.parse produced).
 */
export function toJsonText(value: unknown): string {
  const tokens: string[] = []
  const text = JSON.stringify(value, (_key, item: unknown) => {
    if (item instanceof RawJsonToken) {
      tokens.push(item.text)
      return `\u0001raw${tokens.length - 1}\u0001`
    }
    return item
  })
  if (text === undefined) {
    return "null"
  }
  return text.replace(
    /"\\u0001raw(\d+)\\u0001"/g,
    (_match, index: string) => tokens[Number(index)]
  )
}
