import { contentMatchesType, detectMimeType } from "../file-signature"

const bytes = (...values: number[]) => Buffer.from(values)

describe("detectMimeType", () => {
  it.each([
    ["image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0)],
    ["image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0)],
    ["image/gif", Buffer.from("GIF89a")],
    [
      "image/webp",
      Buffer.concat([
        Buffer.from("RIFF"),
        bytes(0, 0, 0, 0),
        Buffer.from("WEBPVP8 "),
      ]),
    ],
    ["application/pdf", Buffer.from("%PDF-1.7")],
  ])("recognises %s", (type, content) => {
    expect(detectMimeType(content)).toBe(type)
  })

  it("recognises nothing in text or truncated headers", () => {
    expect(detectMimeType(Buffer.from("hello"))).toBeUndefined()
    expect(detectMimeType(bytes(0x89, 0x50))).toBeUndefined()
    expect(detectMimeType(Buffer.from("RIFF0000WAVE"))).toBeUndefined()
  })
})

describe("contentMatchesType", () => {
  it("refuses a known type whose content is something else", () => {
    expect(
      contentMatchesType(Buffer.from("not a pdf"), "application/pdf")
    ).toBe(false)
    expect(contentMatchesType(Buffer.from("%PDF-1.4"), "image/png")).toBe(false)
    expect(contentMatchesType(Buffer.from("%PDF-1.4"), "APPLICATION/PDF")).toBe(
      true
    )
  })

  it("trusts types it has no signature for", () => {
    expect(contentMatchesType(Buffer.from("a,b"), "text/csv")).toBe(true)
  })
})
