import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  MAX_INPUT_DEPTH,
  rejectUnstorableInput,
} from "../reject-unstorable-input"

function verdict(request: {
  body?: unknown
  query?: unknown
  url?: string
}): unknown {
  let passed: unknown = "not called"
  const req = {
    body: request.body,
    query: request.query ?? {},
    originalUrl: request.url ?? "/vendor/products",
  }
  rejectUnstorableInput(
    req as unknown as MedusaRequest,
    {} as MedusaResponse,
    (error?: unknown) => {
      passed = error
    }
  )
  return passed
}

const nested = (depth: number) => {
  let value: unknown = "x"
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

describe("rejectUnstorableInput", () => {
  it("lets ordinary input through, unicode and nesting up to the limit included", () => {
    expect(
      verdict({
        body: {
          title: "Lampe à huile 💡",
          metadata: { deep: nested(MAX_INPUT_DEPTH - 2) },
        },
        query: { q: "日本" },
      })
    ).toBeUndefined()
    expect(
      verdict({ body: "text body", url: "/store/sellers/caf%C3%A9?x=1" })
    ).toBeUndefined()
  })

  it.each([
    ["a NUL in a body value", { body: { name: "a\u0000b" } }],
    ["a NUL in a body key", { body: { metadata: { "a\u0000": 1 } } }],
    ["a lone high surrogate", { body: { name: "x\ud800" } }],
    ["a lone low surrogate", { body: ["\udc00y"] }],
    ["a NUL in the query", { query: { q: "\u0000" } }],
    ["a NUL in the path", { url: "/vendor/orders/a%00b" }],
    ["a path that does not decode", { url: "/vendor/orders/%E0%A4%A" }],
    [
      "a body nested too deep",
      { body: { metadata: nested(MAX_INPUT_DEPTH + 1) } },
    ],
    [
      "a prototype key",
      { body: JSON.parse('{"metadata":{"__proto__":{"polluted":true}}}') },
    ],
    [
      "a key no value can be printed with",
      { body: { reason: [{ toString: 1 }] } },
    ],
  ])("refuses %s as invalid_data", (_name, request) => {
    const error = verdict(request) as MedusaError
    expect(error).toBeInstanceOf(MedusaError)
    expect(error.type).toBe(MedusaError.Types.INVALID_DATA)
  })
})
