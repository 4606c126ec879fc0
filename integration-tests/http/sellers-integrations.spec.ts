import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { registerSellerWorkflow } from "../../src/workflows/seller/workflows/register-seller"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import { PosthogServer } from "../utils/posthog-server"
import { RecordingServer } from "../utils/recording-server"
import { startS3Server, S3TestServer } from "../utils/s3-server"
import {
  createPublishableKey,
  listNotifications,
  loginSeller,
  registerIdentity,
  registerSeller,
} from "../utils/sellers"
import { multipart, PNG } from "../utils/uploads"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(120 * 1000)

const UPLOAD_MAX_BYTES = 2048

let s3: S3TestServer
const posthog = new PosthogServer()
const slack = new RecordingServer()
/**
 * The runner reads medusa-config before it applies `env`, so provider choices must
 * already be in process.env: this hook runs before the runner's own beforeAll.
 */
const env: Record<string, string> = {}
const previous: Record<string, string | undefined> = {}
beforeAll(async () => {
  s3 = await startS3Server()
  await posthog.start()
  await slack.start()
  Object.assign(env, s3.env, {
    SELLER_APPROVAL: "auto",
    ANALYTICS: "posthog",
    POSTHOG_EVENTS_API_KEY: "x",
    POSTHOG_HOST: posthog.url,
    SLACK_WEBHOOK_URL: `${slack.url}/slack/hook`,
    UPLOAD_MAX_BYTES: String(UPLOAD_MAX_BYTES),
  })
  for (const [key, value] of Object.entries(env)) {
    previous[key] = process.env[key]
    process.env[key] = value
  }
})
afterAll(async () => {
  for (const [key, value] of Object.entries(previous)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  await s3?.stop()
  await posthog.stop()
  await slack.stop()
})

medusaIntegrationTestRunner({
  inApp: true,
  env,
  testSuite: ({ api, getContainer }) => {
    describe("SELLER_APPROVAL=auto, S3 files, PostHog analytics and Slack", () => {
      it("opens a seller at registration and notifies admins on Slack", async () => {
        await createAdminSession(getContainer(), api)
        const { seller, owner } = await registerSeller(api, "Instant Shop")
        expect(seller.status).toBe("open")
        expect(seller.approved_at).toEqual(expect.any(String))
        expect(
          (await api.get("/vendor/sellers/me", owner)).data.seller.status
        ).toBe("open")
        const storeKey = await createPublishableKey(getContainer())
        expect(
          (await api.get("/store/sellers/instant-shop", storeKey)).data.seller
            .id
        ).toBe(seller.id)

        const approvals = await waitFor(async () => {
          const found = await listNotifications(getContainer(), {
            template: "seller.approved",
          })
          return found.length >= 2 && found
        })
        expect(approvals.map((n) => n.channel).sort()).toEqual([
          "email",
          "feed",
        ])
        const slackNotes = await waitFor(async () => {
          const found = await listNotifications(getContainer(), {
            channel: "slack",
          })
          return found.length >= 1 && found
        })
        expect(slackNotes[0]).toMatchObject({
          template: "request.created",
          status: "success",
        })
        const [hook] = await slack.waitFor("/slack/hook")
        expect(hook.rawBody).toContain("request")
      })

      it("stores uploads in S3, enforces the limits and deletes a replaced logo", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const { seller, owner } = await registerSeller(api, "Bucket Shop")
        const other = await registerSeller(api, "Other Shop")
        const before = s3.objectKeys()

        const tooBig = Buffer.concat([PNG, Buffer.alloc(UPLOAD_MAX_BYTES)])
        for (const file of [
          { name: "big.png", type: "image/png", content: tooBig },
          {
            name: "x.exe",
            type: "application/octet-stream",
            content: Buffer.from("MZ"),
          },
          {
            name: "fake.pdf",
            type: "application/pdf",
            content: Buffer.from("hello"),
          },
        ]) {
          expect(
            (
              await failure(
                api.post("/vendor/uploads", multipart([file]), owner)
              )
            ).status
          ).toBe(400)
        }
        expect(s3.objectKeys()).toEqual(before)

        const first = await api.post(
          "/vendor/uploads",
          multipart([{ name: "logo.png", type: "image/png", content: PNG }]),
          owner
        )
        const firstFile = first.data.files[0]
        expect(firstFile.id).toMatch(
          new RegExp(`^sellers/${seller.id}/logo-.*\\.png$`)
        )
        expect(s3.objectKeys()).toContain(firstFile.id)
        await api.post(
          "/vendor/sellers/me",
          { logo_file_id: firstFile.id, logo_url: firstFile.url },
          owner
        )

        const second = await api.post(
          "/vendor/uploads",
          multipart([{ name: "logo2.png", type: "image/png", content: PNG }]),
          owner
        )
        const secondFile = second.data.files[0]
        const replaced = await api.post(
          "/vendor/sellers/me",
          { logo_file_id: secondFile.id, logo_url: secondFile.url },
          owner
        )
        expect(replaced.data.seller).toMatchObject({
          logo_file_id: secondFile.id,
          logo_url: secondFile.url,
        })
        expect(s3.objectKeys()).toContain(secondFile.id)
        expect(s3.objectKeys()).not.toContain(firstFile.id)

        // Another seller cannot adopt (and later delete) this seller's file.
        const foreign = await failure(
          api.post(
            "/vendor/sellers/me",
            { logo_file_id: secondFile.id },
            other.owner
          )
        )
        expect(foreign.status).toBe(400)
        expect(s3.objectKeys()).toContain(secondFile.id)

        // Presigned URLs: checked like uploads, keyed under the caller's folder, and usable.
        const refused = await failure(
          api.post(
            "/vendor/uploads/presigned-urls",
            {
              files: [
                {
                  name: "a.gif",
                  mime_type: "image/gif",
                  size: UPLOAD_MAX_BYTES + 1,
                },
              ],
            },
            owner
          )
        )
        expect(refused.status).toBe(400)
        const refusedType = await failure(
          api.post(
            "/vendor/uploads/presigned-urls",
            { files: [{ name: "a.txt", mime_type: "text/plain", size: 3 }] },
            owner
          )
        )
        expect(refusedType.status).toBe(400)
        const presigned = await api.post(
          "/vendor/uploads/presigned-urls",
          {
            files: [{ name: "doc.pdf", mime_type: "application/pdf", size: 9 }],
          },
          other.owner
        )
        const target = presigned.data.files[0]
        expect(target.id).toMatch(
          new RegExp(`^sellers/${other.seller.id}/.*doc\\.pdf$`)
        )
        const put = await fetch(target.url, {
          method: "PUT",
          body: "%PDF-1.4\n",
          headers: { "content-type": "application/pdf" },
        })
        expect(put.ok).toBe(true)
        expect(s3.objectKeys()).toContain(target.id)
        expect(admin).toBeDefined()
      })

      it("tracks the lifecycle in PostHog with actor ids and the seller group", async () => {
        const container = getContainer()
        const admin = await createAdminSession(container, api)
        const { seller, owner } = await registerSeller(api, "Tracked Shop")

        const invite = await api.post(
          "/vendor/invites",
          { email: "tina@tracked.test" },
          owner
        )
        const [email] = await waitFor(async () => {
          const found = await listNotifications(container, {
            resource_id: invite.data.invite.id,
            channel: "email",
          })
          return (
            found.filter((n) => n.data?.token).length > 0 &&
            found.filter((n) => n.data?.token)
          )
        })
        await api.post(
          "/vendor/invites/accept",
          { token: email.data!.token },
          await registerIdentity(api, "tina@tracked.test")
        )
        const tina = await loginSeller(api, "tina@tracked.test")
        const tinaMember = (await api.get("/vendor/sellers/me", tina)).data
          .seller.member

        await api.post(
          `/admin/sellers/${seller.id}/suspend`,
          { reason: "Audit" },
          admin
        )

        const { result: manual } = await registerSellerWorkflow(container).run({
          input: {
            auth_identity_id: (
              await container.resolve("auth").register("emailpass", {
                body: { email: "manual@tracked.test", password: "pw" },
              })
            ).authIdentity!.id,
            seller: { name: "Manual Shop", email: "manual@tracked.test" },
            approval: "manual",
          },
        })
        await api.post(
          `/admin/sellers/${manual.id}/reject`,
          { note: "Incomplete" },
          admin
        )

        const expected = [
          "seller_registered",
          "request_created",
          "seller_approved",
          "request_reviewed",
          "member_joined",
          "seller_suspended",
          "seller_rejected",
        ]
        await waitFor(
          () => expected.every((name) => posthog.named(name).length > 0),
          {
            timeoutMs: 25_000,
            what: `PostHog events ${expected.join(", ")}`,
          }
        )
        const ofSeller = (name: string) =>
          posthog
            .named(name)
            .find((e) => JSON.stringify(e.properties).includes(seller.id))!

        const ownerId = (await api.get("/vendor/sellers/me", owner)).data.seller
          .member.id
        expect(ofSeller("seller_registered")).toMatchObject({
          distinct_id: ownerId,
          properties: expect.objectContaining({
            seller_id: seller.id,
            $groups: { seller: seller.id },
          }),
        })
        expect(ofSeller("seller_approved").distinct_id).toBe("system")
        expect(ofSeller("request_created").distinct_id).toBe(ownerId)
        expect(ofSeller("member_joined")).toMatchObject({
          distinct_id: tinaMember.id,
          properties: expect.objectContaining({
            role: "member",
            $groups: { seller: seller.id },
          }),
        })
        expect(ofSeller("seller_suspended")).toMatchObject({
          distinct_id: expect.stringMatching(/^user_/),
          properties: expect.objectContaining({ reason: "Audit" }),
        })
        const rejected = posthog.named("seller_rejected")[0]
        expect(rejected).toMatchObject({
          distinct_id: expect.stringMatching(/^user_/),
          properties: expect.objectContaining({
            seller_id: manual.id,
            $groups: { seller: manual.id },
          }),
        })
        expect(
          posthog
            .named("request_reviewed")
            .map((e) => e.properties.status)
            .sort()
        ).toEqual(expect.arrayContaining(["accepted", "rejected"]))
      })
    })
  },
})
