import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import {
  Headers,
  listNotifications,
  loginSeller,
  registerIdentity,
  registerSeller,
  SellerAccount,
} from "../utils/sellers"
import { multipart, PNG } from "../utils/uploads"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(120 * 1000)

/** The raw invite token, as the invitee receives it by email. */
async function invitationToken(
  container: MedusaContainer,
  inviteId: string
): Promise<string> {
  const [email] = await waitFor(async () => {
    const found = await listNotifications(container, {
      resource_id: inviteId,
      channel: "email",
      template: "seller.member_invited",
      resource_type: "seller_invite",
    })
    return (
      found.filter((n) => n.data?.token).length > 0 &&
      found.filter((n) => n.data?.token)
    )
  })
  return email.data!.token as string
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const openSeller = async (
      admin: Headers,
      name: string
    ): Promise<SellerAccount> => {
      const account = await registerSeller(api, name)
      await api.post(`/admin/sellers/${account.seller.id}/approve`, {}, admin)
      return account
    }

    describe("team invites and roles", () => {
      it("invites members with a single-use, expiring token bound to the invited email", async () => {
        const container = getContainer()
        const admin = await createAdminSession(container, api)
        const { seller, owner } = await openSeller(admin, "Team Shop")

        const invited = await api.post(
          "/vendor/invites",
          { email: "Ann@Team.test", role: "admin" },
          owner
        )
        expect(invited.status).toBe(201)
        expect(invited.data.invite).toMatchObject({
          id: expect.stringMatching(/^sinv_/),
          email: "ann@team.test",
          role: "admin",
          accepted_at: null,
        })
        expect(JSON.stringify(invited.data)).not.toMatch(/token/)
        const token = await invitationToken(container, invited.data.invite.id)
        const [stored] = await container
          .resolve<SellerModuleService>(SELLER_MODULE)
          .listInvites({ id: invited.data.invite.id })
        expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/)
        expect(stored.token_hash).not.toContain(token)

        const intruder = await registerIdentity(api, "mallory@evil.test")
        const wrongEmail = await failure(
          api.post("/vendor/invites/accept", { token }, intruder)
        )
        expect(wrongEmail.status).toBe(400)
        expect(wrongEmail.data.message).toMatch(/different email/)
        const badToken = await failure(
          api.post("/vendor/invites/accept", { token: "nope" }, intruder)
        )
        expect(badToken.status).toBe(404)

        const ann = await registerIdentity(api, "ann@team.test")
        const accepted = await api.post(
          "/vendor/invites/accept",
          { token, name: "Ann" },
          ann
        )
        expect(accepted.data.member).toMatchObject({
          email: "ann@team.test",
          role: "admin",
          name: "Ann",
        })

        const reused = await failure(
          api.post(
            "/vendor/invites/accept",
            { token },
            await registerIdentity(api, "ann2@team.test")
          )
        )
        expect(reused.status).toBe(400)
        expect(reused.data.message).toMatch(/already been used/)

        const annSession = await loginSeller(api, "ann@team.test")
        const me = await api.get("/vendor/sellers/me", annSession)
        expect(me.data.seller.id).toBe(seller.id)
        expect(me.data.seller.member.role).toBe("admin")

        // Expired invites fail.
        const late = await api.post(
          "/vendor/invites",
          { email: "late@team.test" },
          annSession
        )
        await container
          .resolve<SellerModuleService>(SELLER_MODULE)
          .updateInvites({
            id: late.data.invite.id,
            expires_at: new Date(Date.now() - 1000),
          })
        const lateToken = await invitationToken(container, late.data.invite.id)
        const expired = await failure(
          api.post(
            "/vendor/invites/accept",
            { token: lateToken },
            await registerIdentity(api, "late@team.test")
          )
        )
        expect(expired.status).toBe(400)
        expect(expired.data.message).toMatch(/expired/)

        const existing = await failure(
          api.post("/vendor/invites", { email: "ann@team.test" }, owner)
        )
        expect(existing.status).toBe(400)

        const joined = await waitFor(async () => {
          const found = await listNotifications(container, {
            template: "seller.member_invited",
            receiver_id: seller.id,
          })
          return found.length >= 4 && found
        })
        expect(joined.map((n) => n.channel).sort()).toEqual([
          "email",
          "email",
          "feed",
          "feed",
        ])
        expect(joined.every((n) => !n.data?.token)).toBe(true)
      })

      it("keeps members with the `member` role away from team and profile management", async () => {
        const container = getContainer()
        const admin = await createAdminSession(container, api)
        const { owner } = await openSeller(admin, "Roles Inc")
        const invite = await api.post(
          "/vendor/invites",
          { email: "bob@roles.test", role: "member" },
          owner
        )
        const token = await invitationToken(container, invite.data.invite.id)
        await api.post(
          "/vendor/invites/accept",
          { token },
          await registerIdentity(api, "bob@roles.test")
        )
        const bob = await loginSeller(api, "bob@roles.test")

        const forbidden = await failure(
          api.post("/vendor/invites", { email: "x@roles.test" }, bob)
        )
        expect(forbidden.status).toBe(403)
        expect(forbidden.data.message).toMatch(/owner or admin/)
        expect(
          (await failure(api.post("/vendor/sellers/me", { name: "Mine" }, bob)))
            .status
        ).toBe(403)
        const ownerInvite = await failure(
          api.post(
            "/vendor/invites",
            { email: "y@roles.test", role: "owner" },
            owner
          )
        )
        expect(ownerInvite.status).toBe(400)

        const members = await api.get("/vendor/members", bob)
        expect(members.data).toMatchObject({ count: 2, limit: 20, offset: 0 })
        expect(
          members.data.members.map((m: { role: string }) => m.role).sort()
        ).toEqual(["member", "owner"])
        expect(
          (await api.get("/vendor/members?role=member", bob)).data.count
        ).toBe(1)
      })
    })

    describe("uploads with the local file provider", () => {
      it("stores allowed files under the seller and refuses wrong types, spoofed content and oversize files", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const { seller, owner } = await openSeller(admin, "Pics")
        const uploaded = await api.post(
          "/vendor/uploads",
          multipart([{ name: "logo.png", type: "image/png", content: PNG }]),
          owner
        )
        expect(uploaded.data.files).toEqual([
          {
            id: expect.stringMatching(new RegExp(`^sellers/${seller.id}/`)),
            url: expect.stringContaining("logo.png"),
          },
        ])
        const updated = await api.post(
          "/vendor/sellers/me",
          {
            logo_file_id: uploaded.data.files[0].id,
            logo_url: uploaded.data.files[0].url,
          },
          owner
        )
        expect(updated.data.seller.logo_url).toBe(uploaded.data.files[0].url)

        const cases = [
          {
            name: "notes.txt",
            type: "text/plain",
            content: Buffer.from("hello"),
          },
          {
            name: "fake.png",
            type: "image/png",
            content: Buffer.from("not an image"),
          },
          {
            name: "huge.pdf",
            type: "application/pdf",
            content: Buffer.concat([
              Buffer.from("%PDF-"),
              Buffer.alloc(5 * 1024 * 1024),
            ]),
          },
        ]
        for (const file of cases) {
          const response = await failure(
            api.post("/vendor/uploads", multipart([file]), owner)
          )
          expect(response.status).toBe(400)
          expect(response.data.type).toBe("invalid_data")
        }
        expect(
          (await failure(api.post("/vendor/uploads", multipart([]), owner)))
            .status
        ).toBe(400)
        const presigned = await failure(
          api.post(
            "/vendor/uploads/presigned-urls",
            { files: [{ name: "a.png", mime_type: "image/png", size: 10 }] },
            owner
          )
        )
        expect(presigned.status).toBe(400)
      })
    })

    describe("seller isolation on every /vendor route", () => {
      it("gives a second seller's token only its own data, and 400/403/404 for the first seller's resources", async () => {
        const container = getContainer()
        const admin = await createAdminSession(container, api)
        const first = await openSeller(admin, "First Seller")
        const second = await openSeller(admin, "Second Seller")
        const firstId = first.seller.id
        const leaks = (body: unknown) =>
          JSON.stringify(body).includes(firstId) ||
          JSON.stringify(body).includes("first-seller")

        // Data of the first seller in every area.
        const upload = await api.post(
          "/vendor/uploads",
          multipart([{ name: "a.png", type: "image/png", content: PNG }]),
          first.owner
        )
        await api.post(
          "/vendor/requests",
          { type: "product_type", payload: { value: "Vinyl" } },
          first.owner
        )
        const invite = await api.post(
          "/vendor/invites",
          { email: "carl@first.test" },
          first.owner
        )
        const firstToken = await invitationToken(
          container,
          invite.data.invite.id
        )
        await waitFor(
          async () =>
            (
              await listNotifications(container, {
                receiver_id: firstId,
                channel: "feed",
              })
            ).length >= 2
        )

        // POST /vendor/sellers: an existing member cannot register (or reach) another seller.
        expect(
          (
            await failure(
              api.post(
                "/vendor/sellers",
                { name: "X", email: "x@x.test" },
                second.owner
              )
            )
          ).status
        ).toBe(400)

        // GET /vendor/sellers/me
        const me = await api.get("/vendor/sellers/me", second.owner)
        expect(me.data.seller.id).toBe(second.seller.id)
        expect(leaks(me.data)).toBe(false)

        // POST /vendor/sellers/me: unknown keys such as `id` are refused; another seller's file is refused.
        expect(
          (
            await failure(
              api.post(
                "/vendor/sellers/me",
                { id: firstId, name: "Hijack" },
                second.owner
              )
            )
          ).status
        ).toBe(400)
        const foreignLogo = await failure(
          api.post(
            "/vendor/sellers/me",
            {
              logo_file_id: upload.data.files[0].id,
              logo_url: upload.data.files[0].url,
            },
            second.owner
          )
        )
        expect(foreignLogo.status).toBe(400)
        const renamed = await api.post(
          "/vendor/sellers/me",
          { name: "Second Renamed" },
          second.owner
        )
        expect(renamed.data.seller.id).toBe(second.seller.id)
        expect(
          (await api.get(`/admin/sellers/${firstId}`, admin)).data.seller.name
        ).toBe("First Seller")

        // GET /vendor/members (a client-supplied seller_id is refused)
        expect(
          (
            await failure(
              api.get(`/vendor/members?seller_id=${firstId}`, second.owner)
            )
          ).status
        ).toBe(400)
        const members = await api.get("/vendor/members", second.owner)
        expect(
          members.data.members.map((m: { email: string }) => m.email)
        ).toEqual(["owner@second-seller.test"])

        // POST /vendor/invites lands in the caller's seller.
        const secondInvite = await api.post(
          "/vendor/invites",
          { email: "dora@second.test" },
          second.owner
        )
        const [stored] = await container
          .resolve<SellerModuleService>(SELLER_MODULE)
          .listInvites({ id: secondInvite.data.invite.id })
        expect(stored.seller_id).toBe(second.seller.id)

        // POST /vendor/invites/accept: a member cannot take the first seller's invite.
        expect(
          (
            await failure(
              api.post(
                "/vendor/invites/accept",
                { token: firstToken },
                second.owner
              )
            )
          ).status
        ).toBe(400)

        // POST /vendor/uploads stores under the caller's folder.
        const secondUpload = await api.post(
          "/vendor/uploads",
          multipart([{ name: "b.png", type: "image/png", content: PNG }]),
          second.owner
        )
        expect(
          secondUpload.data.files[0].id.startsWith(
            `sellers/${second.seller.id}/`
          )
        ).toBe(true)

        // POST /vendor/uploads/presigned-urls (needs S3; covered for isolation in the S3 spec)
        expect(
          (
            await failure(
              api.post(
                "/vendor/uploads/presigned-urls",
                { files: [] },
                second.owner
              )
            )
          ).status
        ).toBe(400)

        // GET /vendor/notifications
        const feed = await api.get("/vendor/notifications", second.owner)
        expect(feed.data.notifications.length).toBeGreaterThan(0)
        expect(
          feed.data.notifications.every(
            (n: { receiver_id: string }) => n.receiver_id === second.seller.id
          )
        ).toBe(true)
        expect(leaks(feed.data)).toBe(false)

        // GET /vendor/requests (a client-supplied seller_id is refused), POST /vendor/requests
        expect(
          (
            await failure(
              api.get(`/vendor/requests?seller_id=${firstId}`, second.owner)
            )
          ).status
        ).toBe(400)
        const requests = await api.get("/vendor/requests", second.owner)
        expect(
          requests.data.requests.every(
            (r: { seller_id: string }) => r.seller_id === second.seller.id
          )
        ).toBe(true)
        expect(leaks(requests.data)).toBe(false)
        expect(
          (
            await failure(
              api.post(
                "/vendor/requests",
                { type: "product_type", payload: {}, seller_id: firstId },
                second.owner
              )
            )
          ).status
        ).toBe(400)

        // Admin-only and unauthenticated access.
        expect(
          (await failure(api.get(`/admin/sellers/${firstId}`, second.owner)))
            .status
        ).toBe(401)
        expect((await failure(api.get("/vendor/members"))).status).toBe(401)
        expect((await failure(api.get("/vendor/members", admin))).status).toBe(
          401
        )
      })

      it("answers CORS preflights on /vendor with VENDOR_CORS", async () => {
        const response = await api.options("/vendor/members", {
          headers: {
            origin: "http://localhost:5173",
            "access-control-request-method": "GET",
          },
        })
        expect(response.status).toBe(204)
        expect(response.headers["access-control-allow-origin"]).toBe(
          "http://localhost:5173"
        )
      })
    })
  },
})
