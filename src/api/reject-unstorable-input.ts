import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** Far deeper than any body a client needs; deep arrays overflow Medusa's validation messages. */
export const MAX_INPUT_DEPTH = 32

/**
 * Keys naming Object.prototype members (`__proto__`, `constructor`, `toString`, …): merged
 * into an object they pollute its prototype; `{"toString": 1}` cannot even be turned into
 * text, which crashed Medusa's validation error message with a 500.
 */
const RESERVED_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype))

/** NUL, or a UTF-16 surrogate without its pair. */
const UNSTORABLE_TEXT =
  /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

/**
 * Refuses (400) input that no route can handle, before any route sees it: text with a NUL
 * character or an unpaired surrogate in the body, query or path (PostgreSQL rejects both in
 * text and jsonb columns, which surfaced as a 500), reserved keys, and a body nested deeper
 * than MAX_INPUT_DEPTH (Medusa's validation error message stringifies the received value
 * and overflows the stack on deeply nested arrays). Registered for every route.
 */
export function rejectUnstorableInput(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const problem =
    inspect(req.body, "body", 0) ??
    inspect(req.query, "query", 0) ??
    inspectPath(req.originalUrl.split("?")[0])
  next(
    problem
      ? new MedusaError(MedusaError.Types.INVALID_DATA, problem)
      : undefined
  )
}

function inspect(
  value: unknown,
  where: string,
  depth: number
): string | undefined {
  if (typeof value === "string") {
    return UNSTORABLE_TEXT.test(value)
      ? `The ${where} contains a NUL character or an unpaired surrogate`
      : undefined
  }
  if (typeof value !== "object" || value === null) {
    return undefined
  }
  if (depth >= MAX_INPUT_DEPTH) {
    return `The ${where} is nested deeper than ${MAX_INPUT_DEPTH} levels`
  }
  for (const [key, item] of Object.entries(value)) {
    if (RESERVED_KEYS.has(key)) {
      return `The ${where} uses the reserved key "${key}"`
    }
    const found = inspect(key, where, depth) ?? inspect(item, where, depth + 1)
    if (found) {
      return found
    }
  }
  return undefined
}

function inspectPath(path: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return "The URL path is not valid percent-encoded UTF-8"
  }
  return inspect(decoded, "URL path", 0)
}
