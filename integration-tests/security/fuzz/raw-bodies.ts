import fc from "fast-check"
import { PNG } from "../../utils/uploads"
import { hostileString, NASTY_STRINGS } from "./hostile-values"
import { multipartBody } from "./multipart-body"

/** A request body as bytes on the wire, with the headers that describe it. */
export type Payload = { headers: Record<string, string>; body: Buffer }

export const jsonPayload = (text: string): Payload => ({
  headers: { "content-type": "application/json" },
  body: Buffer.from(text, "utf8"),
})

/** Text that is almost JSON, or JSON no handler expects at the top level. */
export const malformedJson: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "{",
    '{"a":',
    "{'a':1}",
    '{"a":1,}',
    "NaN",
    "undefined",
    '{"a":NaN}',
    '{"a":Infinity}',
    "[1,2",
    "\u0000",
    "\ufeff{}",
    '{"a":"\\ud800"}',
    '{"a":"\\u0000"}',
    '{"a":1e999}',
    '{"a":1}{"b":2}',
    '{"a":1,"a":2}',
    "null",
    "true",
    '"just a string"',
    "123",
    "[]",
    "[{}]",
    '{"__proto__":{"polluted":"yes"}}',
    '{"constructor":{"prototype":{"polluted":"yes"}}}'
  ),
  fc
    .integer({ min: 1000, max: 20_000 })
    .map((depth) => "[".repeat(depth) + "]".repeat(depth)),
  fc
    .integer({ min: 1000, max: 20_000 })
    .map((depth) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth)),
  fc
    .json()
    .map((text) => text.slice(0, Math.max(1, Math.floor(text.length / 2))))
)

/** Bodies declared as something other than JSON, or as JSON they are not. */
export const wrongContentType: fc.Arbitrary<Payload> = fc
  .tuple(
    fc.constantFrom(
      "text/plain",
      "application/x-www-form-urlencoded",
      "application/xml",
      "application/octet-stream",
      "application/json; charset=utf-16",
      "application/json; charset=ebcdic",
      "application/merge-patch+json",
      "multipart/form-data",
      "multipart/form-data; boundary=",
      "image/png",
      "*/*",
      ""
    ),
    fc.oneof(
      fc.json(),
      fc.constantFrom(
        "a[b][c][d][e][f][g]=1&a[__proto__][polluted]=yes",
        "files[0]=x&files[1][name]=../../x.png&__proto__[polluted]=yes",
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>',
        '--x\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\n\r\n'
      ),
      hostileString
    ),
    fc.constantFrom(undefined, "gzip", "br", "identity", "compress")
  )
  .map(([contentType, text, encoding]) => {
    const headers: Record<string, string> = {}
    if (contentType) headers["content-type"] = contentType
    if (encoding) headers["content-encoding"] = encoding
    return { headers, body: Buffer.from(text, "utf8") }
  })

/** File names that try to leave the seller's folder or break the storage key. */
export const HOSTILE_FILE_NAMES = [
  "../../etc/passwd.png",
  "..\\..\\x.png",
  "/abs/x.png",
  "%2e%2e%2fx.png",
  "..%2f..%2fx.png",
  "a\u0000.png",
  "x.png\u0000.html",
  ".png",
  "..",
  ".",
  "...png",
  "\u202egnp.exe",
  "a/../../../b.png",
  "sellers/sel_other/x.png",
  "x".repeat(5000) + ".png",
]

export const hostileFileName: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_FILE_NAMES),
  fc
    .tuple(
      fc.constantFrom(...NASTY_STRINGS),
      fc.constantFrom(".png", ".pdf", ".svg", ".html", "")
    )
    .map(([name, ext]) => name + ext)
)

const fileContent: fc.Arbitrary<Buffer> = fc.oneof(
  fc.constant(PNG),
  fc.constant(Buffer.from("%PDF-1.4\n%%EOF\n")),
  fc.constant(
    Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    )
  ),
  fc.constant(Buffer.from("<html><script>alert(1)</script></html>")),
  fc.constant(Buffer.from("MZ\x90\x00")),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes)),
  fc
    .integer({ min: 1, max: 64 * 1024 })
    .map((size) => Buffer.concat([PNG, Buffer.alloc(size, 1)]))
)

/** Multipart bodies with hostile file names, lying declared types, oversized parts, the wrong field, no closing boundary. */
export const multipartPayload: fc.Arbitrary<Payload> = fc
  .tuple(
    fc.array(
      fc.record({
        field: fc.constantFrom(
          "files",
          "files",
          "files",
          "file",
          "files[]",
          "__proto__"
        ),
        name: hostileFileName,
        type: fc.constantFrom(
          "image/png",
          "image/jpeg",
          "application/pdf",
          "image/svg+xml",
          "text/html",
          "application/x-msdownload",
          "IMAGE/PNG",
          "image/png; charset=utf-8",
          ""
        ),
        content: fileContent,
      }),
      { minLength: 0, maxLength: 12 }
    ),
    fc.boolean()
  )
  .map(([parts, closed]) => multipartBody(parts, { closed }))
