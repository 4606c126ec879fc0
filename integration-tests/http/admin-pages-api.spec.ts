import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import { failure } from "../utils/http"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import {
  bearer,
  Headers,
  listNotifications,
  registerIdentity,
  registerSeller,
} from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { createReadyCart, linesOf } from "../utils/store-cart"
import { openSeller, productBody } from "../utils/vendor-catalog"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(240 * 1000)

// Captured sales are payable at once, so the overview has payouts due.
withAppEnv(() => ({ PAYOUT_HOLD_DAYS: "0", PAYOUT_PROVIDER: "manual" }))

type Group = { id: string; orders: { id: string; seller_id: string }[] }

/** The admin routes behind the admin pages: seller management, order group list, overview, widgets. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let admin: Headers
    let marketplace: MarketplaceFixture
    let captured: Group
    let authorized: Group

    const checkout = async (
      sellerIndexes: number[],
      email: string
    ): Promise<Group> => {
      const sellers = sellerIndexes.map((index) => marketplace.sellers[index])
      const cart = await createReadyCart(api, marketplace, {
        lines: sellers.flatMap((seller) => linesOf(seller, 1)),
        shippingOptionIds: sellers.map((seller) => seller.shippingOptionId),
        email,
      })
      const { data } = await api.post(
        `/store/carts/${cart.id}/complete`,
        {},
        marketplace.store
      )
      return data.order_group
    }

    beforeAll(async () => {
      admin = await createAdminSession(getContainer(), api)
      marketplace = await createMarketplace(getContainer())
      captured = await checkout([0, 1, 2], "ada@example.test")
      authorized = await checkout([1], "grace@example.test")
      await api.post(`/admin/order-groups/${captured.id}/capture`, {}, admin)
      await settleBackgroundWork(utils)
    })

    describe("POST /admin/sellers", () => {
      it("creates an open seller and invites its owner, who joins with the emailed token", async () => {
        const container = getContainer()
        const { status, data } = await api.post(
          "/admin/sellers",
          { name: "Delta Decor", email: "Owner@Delta.test", city: "Oslo" },
          admin
        )
        expect(status).toBe(201)
        expect(data.seller).toMatchObject({
          name: "Delta Decor",
          handle: "delta-decor",
          email: "owner@delta.test",
          status: "open",
          city: "Oslo",
        })
        expect(data.seller.approved_at).toEqual(expect.any(String))
        expect(data.invite).toEqual({
          id: expect.any(String),
          email: "owner@delta.test",
          role: "owner",
          expires_at: expect.any(String),
        })
        const sellerId = data.seller.id

        const invites = await api.get(
          `/admin/sellers/${sellerId}/invites`,
          admin
        )
        expect(invites.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(Object.keys(invites.data.invites[0]).sort()).toEqual([
          "accepted_at",
          "created_at",
          "email",
          "expires_at",
          "id",
          "role",
        ])

        const [email] = await waitFor(
          async () => {
            const found = await listNotifications(container, {
              to: "owner@delta.test",
              template: "seller.member_invited",
            })
            return found.length ? found : null
          },
          { what: "the owner's invite email" }
        )
        const registration = await registerIdentity(api, "owner@delta.test")
        const joined = await api.post(
          "/vendor/invites/accept",
          { token: (email.data as { token: string }).token, name: "Dag" },
          registration
        )
        expect(joined.data.member).toMatchObject({
          email: "owner@delta.test",
          role: "owner",
        })

        const members = await api.get(
          `/admin/sellers/${sellerId}/members`,
          admin
        )
        expect(members.data).toMatchObject({
          count: 1,
          members: [{ email: "owner@delta.test", name: "Dag", role: "owner" }],
        })
        expect(
          (await api.get(`/admin/sellers/${sellerId}/invites`, admin)).data
            .count
        ).toBe(0)
        const login = await api.post("/auth/seller/emailpass", {
          email: "owner@delta.test",
          password: "seller-password",
        })
        expect(
          (await api.get("/vendor/sellers/me", bearer(login.data.token))).data
            .seller.id
        ).toBe(sellerId)
      })

      it("answers 400 for a missing name, a bad email, a taken handle or member email, and unknown fields", async () => {
        const member = await registerSeller(api, "Echo Existing")
        const cases: [Record<string, unknown>, RegExp][] = [
          [{ email: "x@example.test" }, /name/],
          [{ name: "Foxtrot", email: "not-an-email" }, /email/i],
          [
            { name: "Echo Existing", email: "other@echo.test" },
            /handle "echo-existing" already exists/,
          ],
          [
            { name: "Golf", email: member.email },
            /already a member of a seller/,
          ],
          [
            { name: "Hotel", email: "hotel@example.test", status: "suspended" },
            /status/,
          ],
        ]
        for (const [body, message] of cases) {
          const response = await failure(
            api.post("/admin/sellers", body, admin)
          )
          expect({ status: response.status, type: response.data.type }).toEqual(
            { status: 400, type: "invalid_data" }
          )
          expect(response.data.message).toMatch(message)
        }
        expect(
          (
            await api.get("/admin/sellers", {
              ...admin,
              params: { q: "Hotel" },
            })
          ).data.count
        ).toBe(0)
      })
    })

    describe("POST /admin/sellers/:id", () => {
      it("edits the profile, refuses status fields and bad values, and 404s for an unknown seller", async () => {
        const seller = marketplace.sellers[0]
        const { data } = await api.post(
          `/admin/sellers/${seller.id}`,
          {
            description: "Tees and more",
            city: "Hamburg",
            phone: "+49 40 1234",
          },
          admin
        )
        expect(data.seller).toMatchObject({
          id: seller.id,
          description: "Tees and more",
          city: "Hamburg",
          phone: "+49 40 1234",
          status: "open",
        })

        for (const body of [
          { status: "terminated" },
          { email: "nope" },
          { name: "" },
          { logo_file_id: "file_1" },
        ]) {
          const response = await failure(
            api.post(`/admin/sellers/${seller.id}`, body, admin)
          )
          expect({ status: response.status, type: response.data.type }).toEqual(
            { status: 400, type: "invalid_data" }
          )
        }
        const missing = await failure(
          api.post("/admin/sellers/sel_missing", { city: "Nowhere" }, admin)
        )
        expect({ status: missing.status, body: missing.data }).toEqual({
          status: 404,
          body: {
            type: "not_found",
            message: "Seller with id: sel_missing was not found",
          },
        })
      })
    })

    describe("a seller's team, money, products and orders", () => {
      it("lists members, balance, ledger, payout account, products and orders with filters and pagination", async () => {
        const alpha = marketplace.sellers[0]
        const balance = await api.get(
          `/admin/sellers/${alpha.id}/balance`,
          admin
        )
        expect(balance.data.balances).toEqual([
          {
            currency_code: "eur",
            total: expect.any(String),
            payable: expect.any(String),
            pending: "0",
          },
        ])
        expect(Number(balance.data.balances[0].payable)).toBeGreaterThan(0)

        const ledger = await api.get(`/admin/sellers/${alpha.id}/ledger`, admin)
        expect(
          ledger.data.ledger_entries
            .map((entry: { type: string }) => entry.type)
            .sort()
        ).toEqual(["commission", "sale"])
        const commission = await api.get(`/admin/sellers/${alpha.id}/ledger`, {
          ...admin,
          params: { type: "commission", limit: 1 },
        })
        expect(commission.data).toMatchObject({ count: 1, limit: 1, offset: 0 })
        expect(commission.data.ledger_entries[0].amount).toBeLessThan(0)

        expect(
          (await api.get(`/admin/sellers/${alpha.id}/payout-account`, admin))
            .data
        ).toEqual({ payout_account: null, provider: "manual" })

        const products = await api.get(`/admin/sellers/${alpha.id}/products`, {
          ...admin,
          params: { limit: 1 },
        })
        expect(products.data).toMatchObject({
          count: alpha.productIds.length,
          limit: 1,
          offset: 0,
        })
        expect(products.data.products).toEqual([
          expect.objectContaining({
            id: alpha.productIds[0],
            status: "published",
          }),
        ])
        expect(
          (
            await api.get(`/admin/sellers/${alpha.id}/products`, {
              ...admin,
              params: { status: "draft" },
            })
          ).data.count
        ).toBe(0)

        const beta = marketplace.sellers[1]
        const orders = await api.get(`/admin/sellers/${beta.id}/orders`, admin)
        expect(orders.data.count).toBe(2)
        const orderIds = orders.data.orders
          .map((order: { id: string }) => order.id)
          .sort()
        const betaOrders = [captured, authorized].map(
          (group) =>
            group.orders.find((order) => order.seller_id === beta.id)!.id
        )
        expect(orderIds).toEqual(betaOrders.sort())
        expect(orders.data.orders[0]).toMatchObject({
          display_id: expect.any(Number),
          currency_code: "eur",
          total: expect.any(Number),
        })
        expect(
          (
            await api.get(`/admin/sellers/${beta.id}/orders`, {
              ...admin,
              params: { limit: 1, offset: 1 },
            })
          ).data
        ).toMatchObject({
          count: 2,
          offset: 1,
          orders: [expect.any(Object)],
        })
        expect(
          (await api.get(`/admin/sellers/${alpha.id}/members`, admin)).data
        ).toMatchObject({ count: 0, members: [] })
      })

      it("answers 404 for an unknown seller and 400 for bad filters on every sub-route", async () => {
        for (const sub of [
          "members",
          "invites",
          "balance",
          "ledger",
          "payout-account",
          "products",
          "orders",
        ]) {
          const response = await failure(
            api.get(`/admin/sellers/sel_missing/${sub}`, admin)
          )
          expect({
            sub,
            status: response.status,
            type: response.data.type,
          }).toEqual({ sub, status: 404, type: "not_found" })
          expect(
            (await failure(api.get(`/admin/sellers/sel_missing/${sub}`))).status
          ).toBe(401)
        }
        const alpha = marketplace.sellers[0].id
        for (const [sub, params] of [
          ["ledger", { type: "bonus" }],
          ["products", { status: "gone" }],
          ["orders", { status: "shipped" }],
          ["members", { limit: "many" }],
        ] as const) {
          const response = await failure(
            api.get(`/admin/sellers/${alpha}/${sub}`, { ...admin, params })
          )
          expect({
            sub,
            status: response.status,
            type: response.data.type,
          }).toEqual({ sub, status: 400, type: "invalid_data" })
        }
      })
    })

    describe("GET /admin/order-groups", () => {
      it("lists groups newest first with seller, customer, date and payment filters and pagination", async () => {
        const all = await api.get("/admin/order-groups", admin)
        expect(all.data).toMatchObject({ count: 2, limit: 20, offset: 0 })
        expect(
          all.data.order_groups.map((group: { id: string }) => group.id)
        ).toEqual([authorized.id, captured.id])
        const first = all.data.order_groups[1]
        expect(first).toMatchObject({
          currency_code: "eur",
          total: expect.any(Number),
          payment_collection: { status: expect.any(String) },
        })
        expect(first.orders).toHaveLength(3)
        expect(first.orders[0]).toMatchObject({
          email: "ada@example.test",
          seller: { id: expect.any(String), name: expect.any(String) },
        })

        const ids = async (params: Record<string, unknown>) =>
          (
            await api.get("/admin/order-groups", { ...admin, params })
          ).data.order_groups.map((group: { id: string }) => group.id)
        expect(await ids({ seller_id: marketplace.sellers[0].id })).toEqual([
          captured.id,
        ])
        expect(await ids({ seller_id: marketplace.sellers[1].id })).toEqual([
          authorized.id,
          captured.id,
        ])
        expect(await ids({ seller_id: "sel_nobody" })).toEqual([])
        expect(await ids({ customer_id: first.customer_id })).toEqual([
          captured.id,
        ])
        const paid = all.data.order_groups[1].payment_collection.status
        const unpaid = all.data.order_groups[0].payment_collection.status
        expect(paid).not.toEqual(unpaid)
        expect(await ids({ payment_status: paid })).toEqual([captured.id])
        expect(
          await ids({
            payment_status: unpaid,
            seller_id: marketplace.sellers[1].id,
          })
        ).toEqual([authorized.id])
        expect(
          await ids({
            payment_status: unpaid,
            seller_id: marketplace.sellers[0].id,
          })
        ).toEqual([])
        const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString()
        expect(await ids({ created_at: { $gte: tomorrow } })).toEqual([])
        expect(await ids({ created_at: { $lte: tomorrow } })).toEqual([
          authorized.id,
          captured.id,
        ])

        const page = await api.get("/admin/order-groups", {
          ...admin,
          params: { limit: 1, offset: 1 },
        })
        expect(page.data).toMatchObject({
          count: 2,
          limit: 1,
          offset: 1,
          order_groups: [{ id: captured.id }],
        })
      })

      it("answers 400 for bad filters and 401 without a session", async () => {
        for (const params of [
          { payment_status: "paid-ish" },
          { created_at: { $gte: "yesterday-ish" } },
          { created_at: { $near: "2024-01-01" } },
          { limit: -1 },
        ]) {
          const response = await failure(
            api.get("/admin/order-groups", { ...admin, params })
          )
          expect({ status: response.status, type: response.data.type }).toEqual(
            { status: 400, type: "invalid_data" }
          )
        }
        expect((await failure(api.get("/admin/order-groups"))).status).toBe(401)
      })
    })

    describe("GET /admin/marketplace/overview", () => {
      it("computes requests, sellers, daily sales, commission and payouts due", async () => {
        await registerSeller(api, "India Pending")
        const { data } = await api.get("/admin/marketplace/overview", admin)
        const { overview } = data
        expect(overview.pending_requests.total).toBeGreaterThanOrEqual(1)
        expect(
          overview.pending_requests.by_type.seller_registration
        ).toBeGreaterThanOrEqual(1)
        expect(overview.sellers_by_status).toEqual({
          pending_approval: expect.any(Number),
          open: expect.any(Number),
          suspended: expect.any(Number),
          terminated: expect.any(Number),
        })
        expect(overview.sellers_by_status.open).toBeGreaterThanOrEqual(3)
        expect(overview.sales_by_day).toHaveLength(30)
        const today = overview.sales_by_day[29]
        expect(today.date).toBe(new Date().toISOString().slice(0, 10))
        expect(today.orders).toBe(4)
        const groups = (await api.get("/admin/order-groups", admin)).data
          .order_groups as { total: number }[]
        const gross = groups.reduce((sum, group) => sum + group.total, 0)
        expect(today.gross).toEqual([
          { currency_code: "eur", amount: expect.any(String) },
        ])
        expect(Number(today.gross[0].amount)).toBeCloseTo(gross, 2)
        expect(
          overview.sales_by_day
            .slice(0, 29)
            .every((day: { orders: number }) => day.orders === 0)
        ).toBe(true)

        expect(overview.commission).toEqual([
          {
            currency_code: "eur",
            earned: expect.any(String),
            earned_in_period: expect.any(String),
          },
        ])
        expect(Number(overview.commission[0].earned)).toBeGreaterThan(0)
        expect(overview.payouts_due).toEqual([
          { currency_code: "eur", amount: expect.any(String), sellers: 3 },
        ])
        expect(overview.payouts_in_progress).toBe(0)

        const week = await api.get("/admin/marketplace/overview", {
          ...admin,
          params: { days: 7 },
        })
        expect(week.data.overview.sales_by_day).toHaveLength(7)
        expect(week.data.overview.period.days).toBe(7)
      })

      it("answers 400 for a bad period or an unknown parameter", async () => {
        for (const params of [
          { days: 0 },
          { days: 91 },
          { days: "month" },
          { since: "2024-01-01" },
        ]) {
          const response = await failure(
            api.get("/admin/marketplace/overview", { ...admin, params })
          )
          expect({ status: response.status, type: response.data.type }).toEqual(
            { status: 400, type: "invalid_data" }
          )
        }
        expect(
          (await failure(api.get("/admin/marketplace/overview"))).status
        ).toBe(401)
      })
    })

    describe("widget routes", () => {
      it("GET /admin/orders/:id/marketplace gives the order's seller, group and commission lines", async () => {
        const order = captured.orders[0]
        const { data } = await api.get(
          `/admin/orders/${order.id}/marketplace`,
          admin
        )
        expect(data.seller).toMatchObject({
          id: order.seller_id,
          name: expect.any(String),
          status: "open",
        })
        expect(data.order_group).toMatchObject({
          id: captured.id,
          currency_code: "eur",
        })
        expect(data.commission_lines.length).toBeGreaterThan(0)
        expect(data.commission_lines[0]).toMatchObject({
          fee_type: "sales",
          currency_code: "eur",
          amount: expect.any(Number),
        })

        const missing = await failure(
          api.get("/admin/orders/order_missing/marketplace", admin)
        )
        expect({ status: missing.status, type: missing.data.type }).toEqual({
          status: 404,
          type: "not_found",
        })
        expect(
          (await failure(api.get(`/admin/orders/${order.id}/marketplace`)))
            .status
        ).toBe(401)
      })

      it("GET /admin/products/:id/marketplace gives the product's seller and its publication requests", async () => {
        const seller = await openSeller(api, admin, "Juliet Jewels")
        const { data: created } = await api.post(
          "/vendor/products",
          productBody("Silver ring"),
          seller.owner
        )
        const { data } = await api.get(
          `/admin/products/${created.product.id}/marketplace`,
          admin
        )
        expect(data.seller).toMatchObject({
          id: seller.seller.id,
          name: "Juliet Jewels",
          status: "open",
        })
        expect(data.publication_requests).toEqual([
          expect.objectContaining({
            status: "pending",
            payload: expect.objectContaining({
              product_id: created.product.id,
            }),
          }),
        ])
        await api.post(
          `/admin/requests/${data.publication_requests[0].id}/reject`,
          { note: "Blurry photos" },
          admin
        )
        const after = await api.get(
          `/admin/products/${created.product.id}/marketplace`,
          admin
        )
        expect(after.data.publication_requests[0]).toMatchObject({
          status: "rejected",
          reviewer_note: "Blurry photos",
        })

        const fixtureProduct = await api.get(
          `/admin/products/${marketplace.sellers[2].productIds[0]}/marketplace`,
          admin
        )
        expect(fixtureProduct.data).toMatchObject({
          seller: { id: marketplace.sellers[2].id },
          publication_requests: [],
        })
        const missing = await failure(
          api.get("/admin/products/prod_missing/marketplace", admin)
        )
        expect({ status: missing.status, type: missing.data.type }).toEqual({
          status: 404,
          type: "not_found",
        })
      })
    })
  },
})
