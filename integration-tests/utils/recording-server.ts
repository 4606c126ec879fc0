import http from "node:http"
import type { AddressInfo } from "node:net"

export type RecordedRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  rawBody: string
  /** The body parsed as JSON when it is JSON, else undefined. */
  body: unknown
}

export type Reply = {
  status: number
  body?: unknown
  headers?: Record<string, string>
}
export type Responder = (request: RecordedRequest) => Reply | Promise<Reply>

/**
 * A loopback HTTP server standing in for a third-party API (SendGrid, Resend, Slack,
 * PostHog, Stripe...). It records every request; `respond` decides the answer.
 */
export class RecordingServer {
  readonly requests: RecordedRequest[] = []
  private server?: http.Server
  private responder: Responder

  constructor(responder: Responder = () => ({ status: 200, body: {} })) {
    this.responder = responder
  }

  get url(): string {
    if (!this.server) {
      throw new Error("RecordingServer is not started")
    }
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  respond(responder: Responder): void {
    this.responder = responder
  }

  reset(): void {
    this.requests.length = 0
  }

  /** Requests whose path starts with `prefix`. */
  to(prefix: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path.startsWith(prefix))
  }

  /** Resolves once `count` requests matching `prefix` arrived, or rejects after `timeoutMs`. */
  async waitFor(
    prefix: string,
    count = 1,
    timeoutMs = 10_000
  ): Promise<RecordedRequest[]> {
    const deadline = Date.now() + timeoutMs
    while (this.to(prefix).length < count) {
      if (Date.now() > deadline) {
        throw new Error(
          `expected ${count} request(s) to ${prefix}, got ${this.to(prefix).length} within ${timeoutMs} ms`
        )
      }
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    return this.to(prefix)
  }

  async start(port = 0): Promise<this> {
    this.server = http.createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) {
        chunks.push(chunk as Buffer)
      }
      const rawBody = Buffer.concat(chunks).toString("utf8")
      const recorded: RecordedRequest = {
        method: req.method ?? "GET",
        path: req.url ?? "/",
        headers: req.headers,
        rawBody,
        body: parseJson(rawBody),
      }
      this.requests.push(recorded)
      try {
        const reply = await this.responder(recorded)
        const payload =
          typeof reply.body === "string"
            ? reply.body
            : JSON.stringify(reply.body ?? {})
        res.writeHead(reply.status, {
          "content-type": "application/json",
          ...reply.headers,
        })
        res.end(payload)
      } catch (error) {
        res.writeHead(500)
        res.end(String(error))
      }
    })
    await new Promise<void>((resolve) =>
      this.server!.listen(port, "127.0.0.1", resolve)
    )
    return this
  }

  async stop(): Promise<void> {
    if (!this.server) {
      return
    }
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server!.close(resolve))
    this.server = undefined
  }
}

function parseJson(raw: string): unknown {
  if (!raw) {
    return undefined
  }
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}
