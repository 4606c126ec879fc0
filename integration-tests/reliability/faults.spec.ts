import net from "node:net"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosResponse } from "axios"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import { failure } from "../utils/http"
import { RecordingServer } from "../utils/recording-server"
import { S3TestServer, startS3Server } from "../utils/s3-server"
import {
  Headers,
  listNotifications,
  registerSeller,
  SellerAccount,
} from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { multipart, PNG } from "../utils/uploads"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(240 * 1000)

/**
 * Third parties failing under a running app: the S3 file storage (a real s3rver on
 * loopback, stopped and replaced on its port by the test) and SendGrid (a loopback server
 * answering 500). The app is never restarted.
 */
let s3: S3TestServer
const sendgrid = new RecordingServer(() => ({
  status: 500,
  body: { errors: [{ message: "internal error" }] },
}))

withAppEnv(async () => {
  s3 = await startS3Server()
  await sendgrid.start()
  return {
    ...s3.env,
    EMAIL_PROVIDER: "sendgrid",
    SENDGRID_API_KEY: "SG.faults",
    SENDGRID_FROM: "market@example.test",
    SENDGRID_API_URL: sendgrid.url,
  }
})
afterAll(async () => {
  await s3?.stop()
  await sendgrid.stop()
})

const logo = (name: string) =>
  multipart([{ name, type: "image/png", content: PNG }])

/** Runs `body` with something else than the S3 server on its port, then brings the S3 server back. */
async function withStorageReplacedBy(
  standIn: "nothing" | "5xx" | "silence",
  body: () => Promise<void>
) {
  const port = Number(new URL(s3.endpoint).port)
  await s3.halt()
  let stop = async () => {}
  if (standIn === "5xx") {
    const failing = await new RecordingServer(() => ({
      status: 503,
      body: "<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>",
      headers: { "content-type": "application/xml" },
    })).start(port)
    stop = () => failing.stop()
  } else if (standIn === "silence") {
    // Accepts connections and reads requests, never answers.
    const sockets = new Set<net.Socket>()
    const silent = net.createServer((socket) => {
      sockets.add(socket)
      socket.on("data", () => undefined)
      socket.on("close", () => sockets.delete(socket))
    })
    await new Promise<void>((resolve) =>
      silent.listen(port, "127.0.0.1", resolve)
    )
    stop = async () => {
      sockets.forEach((socket) => socket.destroy())
      await new Promise((resolve) => silent.close(resolve))
    }
  }
  try {
    await body()
  } finally {
    await stop()
    await s3.resume()
  }
}

async function timed(request: Promise<AxiosResponse>) {
  const start = Date.now()
  const response = await failure(request)
  return { response, ms: Date.now() - start }
}

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, utils }) => {
    let admin: Headers
    let shop: SellerAccount

    beforeAll(async () => {
      admin = await createAdminSession(getContainer(), api)
      shop = await registerSeller(api, "Fault Shop")
      await settleBackgroundWork(utils)
    })

    const sellerLogo = async () =>
      (await api.get("/vendor/sellers/me", shop.owner)).data.seller
        .logo_file_id as string | null

    describe("S3 file storage down", () => {
      it("answers uploads 503 at once while the server is stopped, stores nothing, and recovers without restart", async () => {
        // A first upload leaves a kept-alive connection to the storage behind.
        const { data: before } = await api.post(
          "/vendor/uploads",
          logo("before.png"),
          shop.owner
        )
        await api.post(
          "/vendor/sellers/me",
          { logo_file_id: before.files[0].id },
          shop.owner
        )
        const stored = s3.objectKeys()
        expect(stored).toContain(before.files[0].id)

        await withStorageReplacedBy("nothing", async () => {
          const { response, ms } = await timed(
            api.post("/vendor/uploads", logo("down.png"), shop.owner)
          )
          expect(response.status).toBe(503)
          expect(response.data).toEqual({
            type: "service_unavailable",
            message:
              "File storage is unavailable: the files were not uploaded. Please try again later.",
          })
          expect(ms).toBeLessThan(5_000)

          // A refused file is still the seller's mistake, not the storage's.
          const refused = await failure(
            api.post(
              "/vendor/uploads",
              multipart([
                {
                  name: "x.exe",
                  type: "application/octet-stream",
                  content: Buffer.from("MZ"),
                },
              ]),
              shop.owner
            )
          )
          expect(refused.status).toBe(400)
          expect(refused.data.type).toBe("invalid_data")

          // Presigned URLs are signed locally (static keys): they do not need the storage.
          const presigned = await api.post(
            "/vendor/uploads/presigned-urls",
            {
              files: [
                { name: "later.png", mime_type: "image/png", size: PNG.length },
              ],
            },
            shop.owner
          )
          expect(presigned.data.files[0].id).toMatch(
            new RegExp(`^sellers/${shop.seller.id}/.*later\\.png$`)
          )
        })

        expect(s3.objectKeys()).toEqual(stored)
        expect(await sellerLogo()).toBe(before.files[0].id)

        const { data: after } = await api.post(
          "/vendor/uploads",
          logo("after.png"),
          shop.owner
        )
        expect(after.files[0].id).toMatch(
          new RegExp(`^sellers/${shop.seller.id}/after-.*\\.png$`)
        )
        expect(s3.objectKeys()).toEqual([...stored, after.files[0].id].sort())
        await api.post(
          "/vendor/sellers/me",
          { logo_file_id: after.files[0].id },
          shop.owner
        )
        expect(await sellerLogo()).toBe(after.files[0].id)
      })

      it("answers 503 when the storage answers 5xx, and within the client's time limits when it goes silent", async () => {
        const stored = s3.objectKeys()

        await withStorageReplacedBy("5xx", async () => {
          const { response } = await timed(
            api.post("/vendor/uploads", logo("slow-down.png"), shop.owner)
          )
          expect(response.status).toBe(503)
          expect(response.data.type).toBe("service_unavailable")
          expect(response.data.message).toContain("File storage is unavailable")
        })

        await withStorageReplacedBy("silence", async () => {
          // src/config: connect within 3 s, at most 5 s without an answer, one retry.
          const { response, ms } = await timed(
            api.post("/vendor/uploads", logo("silence.png"), shop.owner)
          )
          expect(response.status).toBe(503)
          expect(response.data.type).toBe("service_unavailable")
          expect(ms).toBeGreaterThanOrEqual(5_000)
          expect(ms).toBeLessThan(15_000)
        })

        expect(s3.objectKeys()).toEqual(stored)
        const { data } = await api.post(
          "/vendor/uploads",
          logo("back.png"),
          shop.owner
        )
        expect(s3.objectKeys()).toContain(data.files[0].id)
      })

      it("replaces a logo while the storage is down; the replaced file is left in the bucket", async () => {
        const first = (
          await api.post("/vendor/uploads", logo("first.png"), shop.owner)
        ).data.files[0]
        const second = (
          await api.post("/vendor/uploads", logo("second.png"), shop.owner)
        ).data.files[0]
        await api.post(
          "/vendor/sellers/me",
          { logo_file_id: first.id },
          shop.owner
        )

        await withStorageReplacedBy("nothing", async () => {
          const { data } = await api.post(
            "/vendor/sellers/me",
            { logo_file_id: second.id, logo_url: second.url },
            shop.owner
          )
          expect(data.seller).toMatchObject({
            logo_file_id: second.id,
            logo_url: second.url,
          })
        })

        expect(await sellerLogo()).toBe(second.id)
        // Medusa's S3 provider logs a failed delete and goes on: the old logo is orphaned.
        expect(s3.objectKeys()).toEqual(
          expect.arrayContaining([first.id, second.id])
        )
      })
    })

    describe("e-mail provider answering 500", () => {
      it("still approves a seller: the writes are done, the e-mail is stored as failed, the feed has the news", async () => {
        sendgrid.reset()
        const { seller, owner } = await registerSeller(api, "Mailless Shop")
        const {
          data: {
            requests: [request],
          },
        } = await api.get(
          `/admin/requests?seller_id=${seller.id}&type=seller_registration&status=pending`,
          admin
        )

        const accepted = await api.post(
          `/admin/requests/${request.id}/accept`,
          {},
          admin
        )
        expect(accepted.status).toBe(200)
        expect(accepted.data.request).toMatchObject({
          status: "accepted",
          reviewed_at: expect.any(String),
        })
        const { data: detail } = await api.get(
          `/admin/sellers/${seller.id}`,
          admin
        )
        expect(detail.seller).toMatchObject({
          status: "open",
          approved_at: expect.any(String),
        })

        const container = getContainer()
        const approvals = await waitFor(
          async () => {
            const found = await listNotifications(container, {
              template: "seller.approved",
              receiver_id: seller.id,
            })
            return (
              found.length >= 2 &&
              found.every((n) => n.status !== "pending") &&
              found
            )
          },
          { timeoutMs: 20_000, what: "both seller.approved notifications" }
        )
        expect(approvals.map((n) => [n.channel, n.status]).sort()).toEqual([
          ["email", "failure"],
          ["feed", "success"],
        ])
        // SendGrid was asked (and failed); the e-mail was not silently skipped.
        const mails = sendgrid
          .to("/v3/mail/send")
          .filter((mail) => mail.rawBody.includes("contact@mailless-shop.test"))
        expect(mails.length).toBeGreaterThanOrEqual(1)

        const feed = await api.get("/vendor/notifications", owner)
        expect(feed.data.notifications).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              template: "seller.approved",
              channel: "feed",
            }),
          ])
        )
        expect(
          (await api.get("/vendor/sellers/me", owner)).data.seller.status
        ).toBe("open")
      })
    })
  },
})
