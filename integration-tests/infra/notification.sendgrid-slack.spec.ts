import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type {
  INotificationModuleService,
  NotificationTypes,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { sendNotifications } from "../../src/notifications/send-notifications"
import { RecordingServer } from "../utils/recording-server"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"

jest.setTimeout(120_000)

/**
 * Notification Module with EMAIL_PROVIDER=sendgrid (Medusa's provider + SENDGRID_API_URL),
 * SLACK_WEBHOOK_URL (own slack provider) and the local `feed` channel. SendGrid and Slack
 * are a loopback server that records what it receives.
 */
describe("Notification Module — sendgrid, slack and the local feed", () => {
  const api = new RecordingServer()
  const env = appEnv({
    EMAIL_PROVIDER: "sendgrid",
    SENDGRID_API_KEY: "SG.test-key",
    SENDGRID_FROM: "market@example.test",
  })

  beforeAll(async () => {
    await api.start()
    // Known only once the server listens; set before the runner loads medusa-config.
    process.env.SENDGRID_API_URL = env.SENDGRID_API_URL = api.url
    process.env.SLACK_WEBHOOK_URL =
      env.SLACK_WEBHOOK_URL = `${api.url}/hooks/slack-webhook`
  })

  afterAll(async () => {
    delete process.env.SENDGRID_API_URL
    delete process.env.SLACK_WEBHOOK_URL
    await api.stop()
  })

  medusaIntegrationTestRunner({
    cwd: FIXTURE_APP,
    env,
    testSuite: ({ getContainer }) => {
      const notifications = () =>
        getContainer().resolve<INotificationModuleService>(Modules.NOTIFICATION)

      beforeEach(() => {
        api.reset()
        api.respond(() => ({ status: 202, body: "" }))
      })

      it("sends email through SendGrid's API at SENDGRID_API_URL, rendering the marketplace template", async () => {
        const [sent] = await notifications().createNotifications([
          {
            to: "owner@seller.test",
            channel: "email",
            template: "seller.approved",
            data: {
              seller_name: "Acme <Tools>",
              dashboard_url: "https://vendor.example.test",
            },
          },
        ])

        const [request] = await api.waitFor("/v3/mail/send")
        expect(request.method).toBe("POST")
        expect(request.headers.authorization).toBe("Bearer SG.test-key")
        expect(request.body).toMatchObject({
          from: { email: "market@example.test" },
          subject: "Your seller account is approved",
          personalizations: [{ to: [{ email: "owner@seller.test" }] }],
        })
        const html = (
          request.body as { content: { type: string; value: string }[] }
        ).content.find((part) => part.type === "text/html")?.value
        expect(html).toContain("Acme &lt;Tools&gt;")
        expect(html).toContain('href="https://vendor.example.test"')
        expect(sent).toMatchObject({
          status: "success",
          provider_id: "sendgrid",
        })
      })

      it("keeps a SendGrid dynamic template id as it is", async () => {
        await notifications().createNotifications([
          {
            to: "a@b.test",
            channel: "email",
            template: "d-123",
            data: { name: "x" },
          },
        ])
        const [request] = await api.waitFor("/v3/mail/send")
        expect(request.body).toMatchObject({ template_id: "d-123" })
      })

      it("posts a readable message to the Slack webhook", async () => {
        const [sent] = await notifications().createNotifications([
          {
            to: "admins",
            channel: "slack",
            template: "request.created",
            data: {
              request_type: "product_publication",
              seller_name: "Acme",
              review_url: "https://admin.test/requests",
            },
          },
        ])
        const [request] = await api.waitFor("/hooks/slack-webhook")
        const body = request.body as {
          text: string
          blocks: { text?: { text: string } }[]
        }
        expect(body.text).toContain("New product publication from Acme")
        expect(body.text).toContain("https://admin.test/requests")
        expect(body.blocks[0].text?.text).toBe(
          "*New product publication from Acme*"
        )
        expect(sent).toMatchObject({ status: "success", provider_id: "slack" })
      })

      it("stores feed notifications locally without any HTTP call", async () => {
        const [sent] = await notifications().createNotifications([
          {
            to: "sel_1",
            channel: "feed",
            template: "order.placed",
            data: { order_display_id: 7 },
          },
        ])
        expect(sent).toMatchObject({
          status: "success",
          provider_id: "local-feed",
        })
        expect(api.requests).toHaveLength(0)
      })

      it("marks the notification failed when SendGrid answers 5xx; Medusa's module rethrows, sendNotifications does not", async () => {
        api.respond(() => ({
          status: 503,
          body: { errors: [{ message: "try later" }] },
        }))

        // Medusa's module: stores the failure, then rethrows to its caller.
        await expect(
          notifications().createNotifications([
            {
              to: "x@y.test",
              channel: "email",
              template: "payout.paid",
              data: {},
              idempotency_key: "direct-1",
            },
          ])
        ).rejects.toThrow(/Failed to send notification/)
        // FilterableNotificationProps omits idempotency_key; the module filters on it all the same.
        const byKey = {
          idempotency_key: "direct-1",
        } as NotificationTypes.FilterableNotificationProps
        const [direct] = await notifications().listNotifications(byKey)
        expect(direct.status).toBe("failure")

        // The marketplace's helper: same record, no exception.
        const results = await sendNotifications(getContainer(), [
          {
            to: "x@y.test",
            channel: "email",
            template: "payout.failed",
            data: { amount: 10, currency_code: "eur" },
          },
          { to: "sel_1", channel: "feed", template: "payout.failed", data: {} },
        ])
        expect(results.map((n) => [n.channel, n.status]).sort()).toEqual([
          ["email", "failure"],
          ["feed", "success"],
        ])
      })

      it("marks a Slack notification failed on a 4xx without throwing through sendNotifications", async () => {
        api.respond((request) =>
          request.path.startsWith("/hooks")
            ? { status: 404, body: "no_service" }
            : { status: 202, body: "" }
        )
        const [result] = await sendNotifications(getContainer(), [
          {
            to: "admins",
            channel: "slack",
            template: "seller.registered",
            data: { seller_name: "Acme" },
          },
        ])
        expect(result.status).toBe("failure")
        expect(api.to("/hooks/slack-webhook")).toHaveLength(1)
      })
    },
  })
})
