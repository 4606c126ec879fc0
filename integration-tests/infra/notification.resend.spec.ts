import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { sendNotifications } from "../../src/notifications/send-notifications"
import { RecordingServer } from "../utils/recording-server"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"

jest.setTimeout(120_000)

/** Notification Module with EMAIL_PROVIDER=resend (own provider), Resend being a loopback server. */
describe("Notification Module — resend provider (own)", () => {
  const api = new RecordingServer(() => ({
    status: 200,
    body: { id: "re_123" },
  }))
  const env = appEnv({
    EMAIL_PROVIDER: "resend",
    RESEND_API_KEY: "re_test_key",
    RESEND_FROM: "Market <market@example.test>",
  })

  beforeAll(async () => {
    await api.start()
    process.env.RESEND_API_URL = env.RESEND_API_URL = api.url
  })

  afterAll(async () => {
    delete process.env.RESEND_API_URL
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
        api.respond(() => ({ status: 200, body: { id: "re_123" } }))
      })

      it("POSTs the rendered template to {RESEND_API_URL}/emails with the bearer key", async () => {
        const [sent] = await notifications().createNotifications([
          {
            to: "invitee@example.test",
            channel: "email",
            template: "seller.member_invited",
            data: {
              seller_name: "Acme",
              role: "admin",
              invite_url: "https://vendor.test/invite?t=1",
            },
          },
        ])
        const [request] = await api.waitFor("/emails")
        expect(request.method).toBe("POST")
        expect(request.headers.authorization).toBe("Bearer re_test_key")
        expect(request.body).toMatchObject({
          from: "Market <market@example.test>",
          to: ["invitee@example.test"],
          subject: "You are invited to join Acme",
        })
        const body = request.body as { html: string; text: string }
        expect(body.text).toContain("as admin")
        expect(body.text).toContain(
          "Accept the invitation: https://vendor.test/invite?t=1"
        )
        expect(body.html).toContain('<a href="https://vendor.test/invite?t=1">')
        expect(sent).toMatchObject({
          status: "success",
          provider_id: "resend",
          external_id: "re_123",
        })
      })

      it("uses explicit content when given, and a readable fallback for an unknown template", async () => {
        await notifications().createNotifications([
          {
            to: "a@b.test",
            channel: "email",
            template: "custom",
            content: { subject: "Hello", text: "Plain" },
          },
          {
            to: "a@b.test",
            channel: "email",
            template: "no.such.template",
            data: { order_id: "order_1" },
          },
        ])
        const requests = await api.waitFor("/emails", 2)
        const bodies = requests.map(
          (request) => request.body as { subject: string; text: string }
        )
        expect(bodies).toEqual(
          expect.arrayContaining([
            expect.objectContaining({ subject: "Hello", text: "Plain" }),
            expect.objectContaining({
              subject: "Marketplace notification: no.such.template",
              text: expect.stringContaining("order_id: order_1"),
            }),
          ])
        )
      })

      it("marks the notification failed on a 4xx without throwing through sendNotifications", async () => {
        api.respond(() => ({
          status: 422,
          body: { name: "validation_error", message: "Invalid `to` field" },
        }))
        const [result] = await sendNotifications(getContainer(), [
          {
            to: "not-an-email",
            channel: "email",
            template: "order.placed",
            data: {},
          },
        ])
        expect(result.status).toBe("failure")
        await expect(
          notifications().createNotifications([
            {
              to: "not-an-email",
              channel: "email",
              template: "order.placed",
              data: {},
            },
          ])
        ).rejects.toThrow(/Resend answered HTTP 422/)
      })
    },
  })
})
