import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import {
  createPublishableKey,
  listNotifications,
  loginSeller,
  registerIdentity,
  registerSeller,
} from "../utils/sellers"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    const pendingRegistration = async (admin: object, sellerId: string) => {
      const { data } = await api.get(
        `/admin/requests?seller_id=${sellerId}&type=seller_registration&status=pending`,
        admin
      )
      return data.requests[0]
    }

    describe("seller onboarding with manual approval", () => {
      it("registers a pending seller, lets an admin accept it, and the owner then works as an open seller", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const registration = await registerIdentity(api, "owner@acme.test")

        const unauthorized = await failure(
          api.get("/vendor/sellers/me", registration)
        )
        expect(unauthorized.status).toBe(401)

        const invalid = await failure(
          api.post("/vendor/sellers", { email: "x" }, registration)
        )
        expect(invalid.status).toBe(400)
        expect(invalid.data.type).toBe("invalid_data")

        const created = await api.post(
          "/vendor/sellers",
          {
            name: "Acme Tools",
            email: "hello@acme.test",
            member: { name: "Ada" },
            city: "Berlin",
          },
          registration
        )
        expect(created.status).toBe(201)
        const seller = created.data.seller
        expect(seller).toMatchObject({
          id: expect.stringMatching(/^sel_/),
          name: "Acme Tools",
          handle: "acme-tools",
          email: "hello@acme.test",
          city: "Berlin",
          status: "pending_approval",
          approved_at: null,
        })

        const again = await failure(
          api.post(
            "/vendor/sellers",
            { name: "Acme 2", email: "a@b.test" },
            await loginSeller(api, "owner@acme.test")
          )
        )
        expect(again.status).toBe(400)

        const owner = await loginSeller(api, "owner@acme.test")
        const me = await api.get("/vendor/sellers/me", owner)
        expect(me.data.seller).toMatchObject({
          id: seller.id,
          status: "pending_approval",
        })
        expect(me.data.seller.member).toMatchObject({
          id: expect.stringMatching(/^mem_/),
          email: "owner@acme.test",
          name: "Ada",
          role: "owner",
        })

        const storeKey = await createPublishableKey(getContainer())
        expect(
          (await api.get("/store/sellers", storeKey)).data.sellers
        ).toEqual([])
        expect(
          (await failure(api.get("/store/sellers/acme-tools", storeKey))).status
        ).toBe(404)

        const request = await pendingRegistration(admin, seller.id)
        expect(request).toMatchObject({
          id: expect.stringMatching(/^req_/),
          type: "seller_registration",
          status: "pending",
          submitted_by: me.data.seller.member.id,
        })

        const accepted = await api.post(
          `/admin/requests/${request.id}/accept`,
          {},
          admin
        )
        expect(accepted.data.request).toMatchObject({
          status: "accepted",
          reviewer_id: expect.stringMatching(/^user_/),
          reviewed_at: expect.any(String),
        })
        const repeated = await failure(
          api.post(`/admin/requests/${request.id}/accept`, {}, admin)
        )
        expect(repeated.status).toBe(409)

        const detail = await api.get(`/admin/sellers/${seller.id}`, admin)
        expect(detail.data.seller).toMatchObject({
          status: "open",
          approved_at: expect.any(String),
        })
        expect(detail.data.seller.members).toEqual([
          expect.objectContaining({ email: "owner@acme.test", role: "owner" }),
        ])

        const relogged = await loginSeller(api, "owner@acme.test")
        expect(
          (await api.get("/vendor/sellers/me", relogged)).data.seller.status
        ).toBe("open")
        const wrongPassword = await failure(
          api.post("/auth/seller/emailpass", {
            email: "owner@acme.test",
            password: "nope",
          })
        )
        expect(wrongPassword.status).toBe(401)

        const store = await api.get("/store/sellers", storeKey)
        expect(store.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(store.data.sellers[0]).toEqual({
          id: seller.id,
          name: "Acme Tools",
          handle: "acme-tools",
          description: null,
          logo_url: null,
          city: "Berlin",
          country_code: null,
          created_at: expect.any(String),
        })
        expect(
          (await api.get("/store/sellers/acme-tools", storeKey)).data.seller.id
        ).toBe(seller.id)
        expect((await failure(api.get("/store/sellers"))).status).toBe(400)

        // Notifications: admins for the new request, the seller for its approval.
        const container = getContainer()
        const adminNotes = await waitFor(async () => {
          const found = await listNotifications(container, {
            resource_id: request.id,
          })
          return found.length >= 2 && found
        })
        expect(
          adminNotes.map((n) => [n.channel, n.template, n.to]).sort()
        ).toEqual([
          ["email", "request.created", "admin@test.local"],
          ["feed", "request.created", ""],
        ])
        const sellerNotes = await waitFor(async () => {
          const found = await listNotifications(container, {
            template: "seller.approved",
          })
          return found.length >= 2 && found
        })
        expect(
          sellerNotes
            .map((n) => [n.channel, n.to, n.receiver_id, n.idempotency_key])
            .sort()
        ).toEqual([
          [
            "email",
            "hello@acme.test",
            seller.id,
            `seller.approved:${request.id}:email`,
          ],
          [
            "feed",
            "hello@acme.test",
            seller.id,
            `seller.approved:${request.id}:feed`,
          ],
        ])

        // A redelivered event sends nothing twice.
        await container.resolve(Modules.EVENT_BUS).emit({
          name: "seller.approved",
          data: {
            id: seller.id,
            request_id: request.id,
            reviewer_id: null,
            note: null,
          },
        })
        await new Promise((resolve) => setTimeout(resolve, 500))
        expect(
          await listNotifications(container, { template: "seller.approved" })
        ).toHaveLength(2)

        const feed = await api.get("/vendor/notifications", relogged)
        expect(feed.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(feed.data.notifications[0]).toMatchObject({
          channel: "feed",
          template: "seller.approved",
          receiver_id: seller.id,
        })
      })

      it("rejects a registration with the reviewer's note and terminates the seller", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const { seller, owner } = await registerSeller(api, "Shady Shop")

        const noNote = await failure(
          api.post(`/admin/sellers/${seller.id}/reject`, {}, admin)
        )
        expect(noNote.status).toBe(400)

        const rejected = await api.post(
          `/admin/sellers/${seller.id}/reject`,
          { note: "Missing tax id" },
          admin
        )
        expect(rejected.data.seller).toMatchObject({
          status: "terminated",
          status_reason: "Missing tax id",
        })
        const { data } = await api.get(
          `/admin/requests?seller_id=${seller.id}`,
          admin
        )
        expect(data.requests[0]).toMatchObject({
          status: "rejected",
          reviewer_note: "Missing tax id",
        })

        const again = await failure(
          api.post(`/admin/sellers/${seller.id}/approve`, {}, admin)
        )
        expect(again.status).toBe(400)

        const me = await api.get("/vendor/sellers/me", owner)
        expect(me.data.seller).toMatchObject({
          status: "terminated",
          status_reason: "Missing tax id",
        })
        const write = await failure(
          api.post("/vendor/sellers/me", { name: "x" }, owner)
        )
        expect(write.status).toBe(403)

        const notes = await waitFor(async () => {
          const found = await listNotifications(getContainer(), {
            template: "seller.rejected",
          })
          return found.length >= 2 && found
        })
        expect(notes.map((n) => n.channel).sort()).toEqual(["email", "feed"])
        expect(notes.every((n) => n.data?.note === "Missing tax id")).toBe(true)
      })

      it("blocks a suspended seller's writes with 403 until an admin reinstates it", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const { seller, owner } = await registerSeller(api, "Gadget Hub")
        await api.post(`/admin/sellers/${seller.id}/approve`, {}, admin)
        const storeKey = await createPublishableKey(getContainer())

        expect(
          (
            await failure(
              api.post(`/admin/sellers/${seller.id}/suspend`, {}, admin)
            )
          ).status
        ).toBe(400)
        const suspended = await api.post(
          `/admin/sellers/${seller.id}/suspend`,
          { reason: "Chargebacks" },
          admin
        )
        expect(suspended.data.seller).toMatchObject({
          status: "suspended",
          status_reason: "Chargebacks",
        })
        expect(
          (
            await failure(
              api.post(
                `/admin/sellers/${seller.id}/suspend`,
                { reason: "x" },
                admin
              )
            )
          ).status
        ).toBe(400)

        const writes = [
          () => api.post("/vendor/sellers/me", { name: "Renamed" }, owner),
          () =>
            api.post("/vendor/invites", { email: "new@gadget.test" }, owner),
          () =>
            api.post(
              "/vendor/requests",
              { type: "product_category", payload: { name: "Drones" } },
              owner
            ),
        ]
        for (const write of writes) {
          const response = await failure(write())
          expect(response.status).toBe(403)
          expect(response.data).toEqual({
            type: "forbidden",
            message: expect.stringContaining(
              "is suspended; changes are not allowed"
            ),
          })
        }
        expect(
          (await api.get("/vendor/sellers/me", owner)).data.seller.status
        ).toBe("suspended")
        expect(
          (await failure(api.get("/store/sellers/gadget-hub", storeKey))).status
        ).toBe(404)

        const reinstated = await api.post(
          `/admin/sellers/${seller.id}/reinstate`,
          { reason: "Resolved" },
          admin
        )
        expect(reinstated.data.seller).toMatchObject({
          status: "open",
          status_reason: null,
        })
        const renamed = await api.post(
          "/vendor/sellers/me",
          { name: "Renamed" },
          owner
        )
        expect(renamed.data.seller.name).toBe("Renamed")
        expect(
          (await api.get("/store/sellers/gadget-hub", storeKey)).data.seller
            .name
        ).toBe("Renamed")

        const notes = await waitFor(async () => {
          const found = await listNotifications(getContainer(), {
            template: ["seller.suspended", "seller.reinstated"],
          })
          return found.length >= 4 && found
        })
        expect(notes.map((n) => `${n.template}/${n.channel}`).sort()).toEqual([
          "seller.reinstated/email",
          "seller.reinstated/feed",
          "seller.suspended/email",
          "seller.suspended/feed",
        ])
        expect(
          notes.find((n) => n.template === "seller.suspended")?.data?.reason
        ).toBe("Chargebacks")
      })

      it("accepts a request exactly once when two admins accept it at the same time", async () => {
        const first = await createAdminSession(getContainer(), api)
        const second = await createAdminSession(getContainer(), api, {
          email: "second@test.local",
          password: "admin-password",
        })
        const { seller } = await registerSeller(api, "Race Corp")
        const request = await pendingRegistration(first, seller.id)

        const results = await Promise.allSettled([
          api.post(`/admin/requests/${request.id}/accept`, {}, first),
          api.post(`/admin/requests/${request.id}/accept`, {}, second),
        ])
        const statuses = results
          .map((r) =>
            r.status === "fulfilled"
              ? r.value.status
              : (r.reason as { response: { status: number } }).response.status
          )
          .sort()
        expect(statuses).toEqual([200, 409])

        const { data } = await api.get(`/admin/sellers/${seller.id}`, first)
        expect(data.seller.status).toBe("open")
        await waitFor(
          async () =>
            (
              await listNotifications(getContainer(), {
                template: "seller.approved",
              })
            ).length >= 2
        )
        await new Promise((resolve) => setTimeout(resolve, 300))
        const approvals = await listNotifications(getContainer(), {
          template: "seller.approved",
          channel: "email",
        })
        expect(approvals).toHaveLength(1)
      })

      it("lists sellers and requests for admins with Medusa's pagination", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const a = await registerSeller(api, "Alpha")
        await registerSeller(api, "Beta")
        await api.post(`/admin/sellers/${a.seller.id}/approve`, {}, admin)

        const page = await api.get("/admin/sellers?limit=1&offset=0", admin)
        expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 0 })
        expect(page.data.sellers).toHaveLength(1)
        const open = await api.get("/admin/sellers?status=open", admin)
        expect(open.data.sellers.map((s: { id: string }) => s.id)).toEqual([
          a.seller.id,
        ])
        const queue = await api.get("/admin/requests?status=pending", admin)
        expect(queue.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(
          (await failure(api.get("/admin/sellers/sel_missing", admin))).status
        ).toBe(404)
        expect((await failure(api.get("/admin/sellers"))).status).toBe(401)
        expect(
          (await failure(api.get("/admin/sellers?limit=abc", admin))).status
        ).toBe(400)
      })

      it("lets sellers file requests that admins review", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const { owner } = await registerSeller(api, "Crafts")
        const bad = await failure(
          api.post(
            "/vendor/requests",
            { type: "seller_registration", payload: {} },
            owner
          )
        )
        expect(bad.status).toBe(400)
        const created = await api.post(
          "/vendor/requests",
          { type: "product_category", payload: { name: "Pottery" } },
          owner
        )
        expect(created.status).toBe(201)
        const rejected = await api.post(
          `/admin/requests/${created.data.request.id}/reject`,
          { note: "Use Ceramics" },
          admin
        )
        expect(rejected.data.request).toMatchObject({
          status: "rejected",
          reviewer_note: "Use Ceramics",
        })
        const mine = await api.get(
          "/vendor/requests?type=product_category",
          owner
        )
        expect(mine.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(mine.data.requests[0]).toMatchObject({
          status: "rejected",
          reviewer_note: "Use Ceramics",
        })
        expect(mine.data.requests[0].reviewer_id).toBeUndefined()
      })
    })
  },
})
