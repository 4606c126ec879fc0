import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { IAnalyticsModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import http from "node:http"
import type { AddressInfo } from "node:net"
import { gunzipSync } from "node:zlib"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"

jest.setTimeout(120_000)

/** Analytics Module with ANALYTICS=posthog, PostHog being a loopback server (POSTHOG_HOST). */
type Batch = { path: string; api_key: string; batch: Record<string, unknown>[] }

/** A loopback PostHog: posthog-node gzips its batches, so this server unzips them. */
class PosthogServer {
  readonly batches: Batch[] = []
  private server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) {
      chunks.push(chunk as Buffer)
    }
    const raw = Buffer.concat(chunks)
    const body =
      req.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw
    this.batches.push({
      path: req.url ?? "/",
      ...JSON.parse(body.toString("utf8")),
    })
    res.writeHead(200, { "content-type": "application/json" })
    res.end(JSON.stringify({ status: 1 }))
  })

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async start(): Promise<void> {
    await new Promise<void>((resolve) =>
      this.server.listen(0, "127.0.0.1", resolve)
    )
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections()
    await new Promise((resolve) => this.server.close(resolve))
  }

  async waitForEvents(
    count: number,
    timeoutMs: number
  ): Promise<Record<string, unknown>[]> {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const events = this.batches.flatMap((batch) => batch.batch ?? [])
      if (events.length >= count || Date.now() > deadline) {
        return events
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }
}

describe("Analytics Module — posthog provider", () => {
  const posthog = new PosthogServer()
  const env = appEnv({
    ANALYTICS: "posthog",
    POSTHOG_EVENTS_API_KEY: "phc_test_key",
  })

  beforeAll(async () => {
    await posthog.start()
    process.env.POSTHOG_HOST = env.POSTHOG_HOST = posthog.url
  })

  afterAll(async () => {
    delete process.env.POSTHOG_HOST
    await posthog.stop()
  })

  medusaIntegrationTestRunner({
    cwd: FIXTURE_APP,
    env,
    testSuite: ({ getContainer }) => {
      it("sends track and identify to PostHog as batched capture calls", async () => {
        const analytics = getContainer().resolve<IAnalyticsModuleService>(
          Modules.ANALYTICS
        )
        await analytics.track({
          event: "seller.approved",
          actor_id: "user_admin",
          properties: { seller_id: "sel_1" },
        })
        await analytics.identify({
          actor_id: "mem_1",
          properties: { email: "owner@seller.test" },
        })

        // posthog-node batches in memory and flushes every 10 s; the wait is bounded above that.
        const events = await posthog.waitForEvents(2, 15_000)
        expect(posthog.batches.length).toBeGreaterThan(0)
        for (const batch of posthog.batches) {
          expect(batch.path.startsWith("/batch")).toBe(true)
          expect(batch.api_key).toBe("phc_test_key")
        }
        expect(events).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              event: "seller.approved",
              distinct_id: "user_admin",
              properties: expect.objectContaining({ seller_id: "sel_1" }),
            }),
            expect.objectContaining({
              event: "$identify",
              distinct_id: "mem_1",
              properties: expect.objectContaining({
                $set: { email: "owner@seller.test" },
              }),
            }),
          ])
        )
      })
    },
  })
})
