import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { RecordingServer } from "../utils/recording-server"
import { S3TestServer, startS3Server } from "../utils/s3-server"
import { describeWithService, serviceUrl } from "../utils/services"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"
import { runNamespace } from "./support/records"

jest.setTimeout(120_000)

/** Every shared provider selected at once, as an operator would in production. */
describeWithService("memcached", "All shared providers at once", () => {
  const api = new RecordingServer(() => ({ status: 202, body: "" }))
  let s3: S3TestServer
  const env = appEnv({
    REDIS_URL: serviceUrl("redis"),
    CACHING: "memcached",
    MEMCACHED_SERVERS: serviceUrl("memcached"),
    EMAIL_PROVIDER: "sendgrid",
    SENDGRID_API_KEY: "SG.all-at-once",
    SENDGRID_FROM: "market@example.test",
    ANALYTICS: "posthog",
    POSTHOG_EVENTS_API_KEY: "phc_all_at_once",
    LOCKING: "postgres",
    INFRA_NAMESPACE: runNamespace("all"),
  })

  beforeAll(async () => {
    await api.start()
    s3 = await startS3Server()
    const late = {
      ...s3.env,
      SENDGRID_API_URL: api.url,
      SLACK_WEBHOOK_URL: `${api.url}/hooks/slack`,
      POSTHOG_HOST: api.url,
    }
    Object.assign(env, late)
    Object.assign(process.env, late)
  })

  afterAll(async () => {
    for (const name of [
      "SENDGRID_API_URL",
      "SLACK_WEBHOOK_URL",
      "POSTHOG_HOST",
      ...Object.keys(s3?.env ?? {}),
    ]) {
      delete process.env[name]
    }
    await api.stop()
    await s3?.stop()
  })

  medusaIntegrationTestRunner({
    cwd: FIXTURE_APP,
    env,
    testSuite: ({ api: http, getContainer }) => {
      it("boots and serves /health with each provider in place", async () => {
        const response = await http.get("/health")
        expect(response.status).toBe(200)

        const container = getContainer()
        const providerOf = (key: string) =>
          (container.resolve(key) as { constructor: { name: string } })
            .constructor.name
        expect(providerOf(Modules.EVENT_BUS)).toBe("RedisEventBusService")
        const caching = container.resolve(Modules.CACHING)
        await caching.set({ key: "all-at-once", data: { ok: true }, tags: [] })
        expect(
          await caching.get({
            key: "all-at-once",
            providers: ["caching-memcached"],
          })
        ).toEqual({ ok: true })

        // One round trip through the modules whose provider talks to a server.
        await container
          .resolve(Modules.LOCKING)
          .execute("all-at-once", async () => undefined, { timeout: 5 })
        const file = await container.resolve(Modules.FILE).createFiles({
          filename: "all.txt",
          mimeType: "text/plain",
          content: Buffer.from("all").toString("base64"),
        })
        expect(s3.objectKeys()).toContain(file.id)
        await container.resolve(Modules.NOTIFICATION).createNotifications([
          {
            to: "a@b.test",
            channel: "email",
            template: "seller.approved",
            data: {},
          },
          {
            to: "admins",
            channel: "slack",
            template: "seller.registered",
            data: {},
          },
        ])
        await api.waitFor("/v3/mail/send")
        await api.waitFor("/hooks/slack")
      })
    },
  })
})
