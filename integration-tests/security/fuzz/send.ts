import http from "node:http"

export type RawRequest = {
  method: string
  /** Path and query exactly as they go on the request line (no normalisation). */
  path: string
  headers: Record<string, string>
  body?: Buffer
}

export type RawResponse = {
  status: number
  headers: http.IncomingHttpHeaders
  text: string
}

/**
 * Sends a request byte for byte. fetch and axios resolve `..`, re-encode paths and set
 * their own content types; a fuzzer needs the server to see what was generated.
 */
export function send(
  baseUrl: string,
  request: RawRequest,
  timeoutMs = 30_000
): Promise<RawResponse> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const outgoing = http.request(
      {
        host: hostname,
        port,
        method: request.method,
        path: request.path,
        headers: {
          ...request.headers,
          "content-length": String(request.body?.length ?? 0),
        },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on("data", (chunk: Buffer) => chunks.push(chunk))
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            text: Buffer.concat(chunks).toString("utf8"),
          })
        )
        response.on("error", reject)
      }
    )
    outgoing.on("timeout", () =>
      outgoing.destroy(new Error(`no answer within ${timeoutMs} ms`))
    )
    outgoing.on("error", reject)
    outgoing.end(request.body)
  })
}
