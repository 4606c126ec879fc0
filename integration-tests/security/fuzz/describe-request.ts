import type { RawRequest } from "./send"

/** A failing request, readable in a test report: long paths and bodies cut, tokens masked. */
export function describeRequest(request: RawRequest): string {
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) =>
      name === "authorization" || name === "x-publishable-api-key"
        ? [name, `${value.slice(0, 12)}…`]
        : [name, value]
    )
  )
  const body = request.body ? request.body.toString("utf8") : ""
  return [
    `${request.method} ${cut(request.path, 400)}`,
    `headers ${JSON.stringify(headers)}`,
    body
      ? `body (${request.body!.length} bytes) ${cut(JSON.stringify(body), 800)}`
      : "no body",
  ].join("\n")
}

function cut(text: string, max: number): string {
  return text.length > max
    ? `${text.slice(0, max)}… (${text.length} chars)`
    : text
}
