import http from "node:http"
import type { AddressInfo } from "node:net"
import { gunzipSync } from "node:zlib"

export type CapturedEvent = {
  event: string
  distinct_id: string
  properties: Record<string, unknown>
}

/**
 * A loopback stand-in for PostHog's ingestion API. posthog-node gzips its batches,
 * which the generic RecordingServer cannot read, so this one inflates them.
 */
export class PosthogServer {
  readonly events: CapturedEvent[] = []
  private server?: http.Server

  get url(): string {
    const { port } = this.server!.address() as AddressInfo
    return `http://127.0.0.1:${port}`
  }

  named(event: string): CapturedEvent[] {
    return this.events.filter((captured) => captured.event === event)
  }

  async start(): Promise<this> {
    this.server = http.createServer(async (req, res) => {
      const chunks: Buffer[] = []
      for await (const chunk of req) {
        chunks.push(chunk as Buffer)
      }
      let body = Buffer.concat(chunks)
      if (req.headers["content-encoding"] === "gzip") {
        body = gunzipSync(body)
      }
      try {
        const parsed = JSON.parse(body.toString("utf8")) as {
          batch?: CapturedEvent[]
        }
        this.events.push(...(parsed.batch ?? []))
      } catch {
        // not a batch; ignore
      }
      res.writeHead(200, { "content-type": "application/json" })
      res.end("{}")
    })
    await new Promise<void>((resolve) =>
      this.server!.listen(0, "127.0.0.1", resolve)
    )
    return this
  }

  async stop(): Promise<void> {
    if (!this.server) {
      return
    }
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server!.close(resolve))
  }
}
