import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import { createStorefront, Storefront } from "../utils/marketplace-builder"
import { Headers, listNotifications } from "../utils/sellers"
import { startSystemPayment } from "../utils/store-cart"
import {
  createSellerCatalog,
  openSeller,
  productBody,
  VENDOR_STOREFRONT,
} from "../utils/vendor-catalog"
import { placeSellerOrder, reservedQuantity } from "../utils/vendor-orders"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(180 * 1000)

/**
 * This spec runs with PRODUCT_APPROVAL=auto. The configuration is read once, when the
 * app loads medusa-config, so it must be in process.env before the runner starts.
 */
const previousApproval = process.env.PRODUCT_APPROVAL
process.env.PRODUCT_APPROVAL = "auto"
afterAll(() => {
  if (previousApproval === undefined) delete process.env.PRODUCT_APPROVAL
  else process.env.PRODUCT_APPROVAL = previousApproval
})

medusaIntegrationTestRunner({
  inApp: true,
  env: { PRODUCT_APPROVAL: "auto" },
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let storefront: Storefront
    beforeEach(async () => {
      admin = await createAdminSession(getContainer(), api)
      storefront = await createStorefront(getContainer(), VENDOR_STOREFRONT)
    })

    it("publishes an open seller's product at once with PRODUCT_APPROVAL=auto", async () => {
      const seller = await openSeller(api, admin, "Instant Prints")
      const { data } = await api.post(
        "/vendor/products",
        productBody("Poster"),
        seller.owner
      )
      expect(data.product.status).toBe("published")
      const { data: requests } = await api.get("/vendor/requests", {
        ...seller.owner,
        params: { type: "product_publication" },
      })
      expect(requests.requests).toEqual([])
      const { data: store } = await api.get(
        `/store/products/${data.product.id}`,
        storefront.store
      )
      expect(store.product.id).toBe(data.product.id)
    })

    it("checks out a storefront cart of two sellers' vendor-created products into one order each", async () => {
      const alpha = await openSeller(api, admin, "Alpha Checkout")
      const beta = await openSeller(api, admin, "Beta Checkout")
      const catalogs = [
        await createSellerCatalog(api, admin, alpha, {
          title: "Alpha mug",
          prices: [12],
          shippingPrice: 4,
        }),
        await createSellerCatalog(api, admin, beta, {
          title: "Beta plate",
          prices: [20],
          shippingPrice: 6,
        }),
      ]
      const address = {
        first_name: "Ada",
        last_name: "L",
        address_1: "Main 1",
        city: "Berlin",
        postal_code: "10117",
        country_code: "de",
      }
      const { store } = storefront
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: storefront.regionId,
          email: "ada@example.test",
          shipping_address: address,
        },
        store
      )
      for (const catalog of catalogs) {
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          { variant_id: catalog.variantIds[0], quantity: 1 },
          store
        )
      }
      // Each seller's option goes on its own shipping profile, so both methods stay in the cart.
      for (const catalog of catalogs) {
        await api.post(
          `/store/carts/${cart.id}/shipping-methods`,
          { option_id: catalog.shippingOptionId },
          store
        )
      }
      const { data: withShipping } = await api.get(
        `/store/carts/${cart.id}`,
        store
      )
      expect(withShipping.cart.shipping_methods).toHaveLength(2)
      await startSystemPayment(api, cart.id, store)

      const { data } = await api.post(
        `/store/carts/${cart.id}/complete`,
        {},
        store
      )
      expect(data.type).toBe("order_group")
      const bySeller = Object.fromEntries(
        data.order_group.orders.map(
          (order: { seller_id: string; total: number }) => [
            order.seller_id,
            order.total,
          ]
        )
      )
      expect(bySeller).toEqual({ [alpha.seller.id]: 16, [beta.seller.id]: 26 })
      const { data: alphaOrders } = await api.get("/vendor/orders", alpha.owner)
      expect(alphaOrders.count).toBe(1)
    })

    it("lists, fulfils, ships and cancels the seller's own orders, and nothing of other sellers", async () => {
      const container = getContainer()
      const alpha = await openSeller(api, admin, "Alpha Orders")
      const beta = await openSeller(api, admin, "Beta Orders")
      const alphaCatalog = await createSellerCatalog(api, admin, alpha, {
        title: "Alpha cup",
        prices: [12, 15],
        stock: 10,
      })
      const betaCatalog = await createSellerCatalog(api, admin, beta, {
        title: "Beta bowl",
        stock: 10,
      })

      const first = await placeSellerOrder(
        container,
        storefront,
        alpha.seller.id,
        alphaCatalog,
        { quantity: 2 }
      )
      const second = await placeSellerOrder(
        container,
        storefront,
        alpha.seller.id,
        alphaCatalog,
        { email: "grace@example.test" }
      )
      const betaOrder = await placeSellerOrder(
        container,
        storefront,
        beta.seller.id,
        betaCatalog
      )

      const { data: list } = await api.get("/vendor/orders", alpha.owner)
      expect(list).toMatchObject({ count: 2, limit: 20, offset: 0 })
      expect(list.orders.map((o: { id: string }) => o.id).sort()).toEqual(
        [first.id, second.id].sort()
      )
      const page = await api.get("/vendor/orders", {
        ...alpha.owner,
        params: { limit: 1, offset: 1 },
      })
      expect(page.data).toMatchObject({ count: 2, limit: 1, offset: 1 })
      expect(page.data.orders).toHaveLength(1)
      const future = await api.get("/vendor/orders", {
        ...alpha.owner,
        params: {
          created_at: { $gt: new Date(Date.now() + 60_000).toISOString() },
        },
      })
      expect(future.data.count).toBe(0)
      const lastHour = await api.get("/vendor/orders", {
        ...alpha.owner,
        params: {
          created_at: {
            $gte: new Date(Date.now() - 3_600_000).toISOString(),
            $lte: new Date(Date.now() + 60_000).toISOString(),
          },
        },
      })
      expect(lastHour.data.count).toBe(2)
      for (const [created_at, named] of [
        [{ $gte: "yesterday" }, "created_at"],
        [{ $lte: "2026-13-45" }, "created_at"],
        [{ $between: "2026-01-01" }, "$between"],
      ] as const) {
        const bad = await failure(
          api.get("/vendor/orders", {
            ...alpha.owner,
            params: { created_at },
          })
        )
        expect(bad.status).toBe(400)
        expect(bad.data).toEqual({
          type: "invalid_data",
          message: expect.stringContaining(named),
        })
      }
      expect(
        (
          await failure(
            api.get("/vendor/orders", {
              ...alpha.owner,
              params: { status: "lost" },
            })
          )
        ).status
      ).toBe(400)

      const detail = await api.get(`/vendor/orders/${first.id}`, alpha.owner)
      expect(detail.data.order).toMatchObject({
        id: first.id,
        currency_code: "eur",
        email: "ada@example.test",
      })
      expect(detail.data.order.items).toHaveLength(2)

      // Beta sees none of Alpha's orders and cannot act on them.
      expect(
        (await api.get("/vendor/orders", beta.owner)).data.orders.map(
          (o: { id: string }) => o.id
        )
      ).toEqual([betaOrder.id])
      for (const request of [
        () => api.get(`/vendor/orders/${first.id}`, beta.owner),
        () =>
          api.post(
            `/vendor/orders/${first.id}/fulfillments`,
            { items: [{ id: first.itemIds[0], quantity: 1 }] },
            beta.owner
          ),
        () => api.post(`/vendor/orders/${first.id}/cancel`, {}, beta.owner),
        () =>
          api.post(
            `/vendor/orders/${betaOrder.id}/fulfillments`,
            {
              items: [{ id: betaOrder.itemIds[0], quantity: 1 }],
              location_id: alphaCatalog.stockLocationId,
            },
            beta.owner
          ),
      ]) {
        const response = await failure(request())
        expect(response.status).toBe(404)
        expect(response.data.type).toBe("not_found")
        expect(JSON.stringify(response.data)).not.toContain("ada@example.test")
      }
      expect(
        (
          await failure(
            api.post(
              `/vendor/orders/${first.id}/fulfillments`,
              { items: [] },
              alpha.owner
            )
          )
        ).status
      ).toBe(400)
      expect(
        (
          await failure(
            api.post(
              `/vendor/orders/${first.id}/fulfillments`,
              {
                items: [{ id: first.itemIds[0], quantity: 1 }],
                seller_id: beta.seller.id,
              },
              alpha.owner
            )
          )
        ).status
      ).toBe(400)

      // Fulfil one line of the first order, then mark it shipped.
      const inventoryItem = async (variantId: string) => {
        const { data } = await container
          .resolve(ContainerRegistrationKeys.QUERY)
          .graph({
            entity: "variant",
            fields: ["inventory_items.inventory_item_id"],
            filters: { id: variantId },
          })
        return data[0].inventory_items![0]!.inventory_item_id
      }
      const cupItem = await inventoryItem(alphaCatalog.variantIds[0])
      expect(
        await reservedQuantity(container, cupItem, alphaCatalog.stockLocationId)
      ).toBe(3)
      const lineId = detail.data.order.items.find(
        (i: { variant_id: string }) =>
          i.variant_id === alphaCatalog.variantIds[0]
      ).id
      const fulfilled = await api.post(
        `/vendor/orders/${first.id}/fulfillments`,
        { items: [{ id: lineId, quantity: 2 }] },
        alpha.owner
      )
      expect(fulfilled.status).toBe(201)
      const fulfillment = fulfilled.data.order.fulfillments.find(
        (f: { id: string }) => f.id === fulfilled.data.fulfillment_id
      )
      expect(fulfillment).toMatchObject({
        location_id: alphaCatalog.stockLocationId,
        shipped_at: null,
      })
      expect(
        await reservedQuantity(container, cupItem, alphaCatalog.stockLocationId)
      ).toBe(1)

      const betaShip = await failure(
        api.post(
          `/vendor/orders/${first.id}/fulfillments/${fulfillment.id}/shipments`,
          {},
          beta.owner
        )
      )
      expect(betaShip.status).toBe(404)
      const wrongOrder = await failure(
        api.post(
          `/vendor/orders/${second.id}/fulfillments/${fulfillment.id}/shipments`,
          {},
          alpha.owner
        )
      )
      expect(wrongOrder.status).toBe(404)
      const shipped = await api.post(
        `/vendor/orders/${first.id}/fulfillments/${fulfillment.id}/shipments`,
        {
          labels: [
            {
              tracking_number: "TRK-1",
              tracking_url: "https://track.example.test/1",
              label_url: "https://label.example.test/1",
            },
          ],
        },
        alpha.owner
      )
      const shippedFulfillment = shipped.data.order.fulfillments.find(
        (f: { id: string }) => f.id === fulfillment.id
      )
      expect(shippedFulfillment.shipped_at).toEqual(expect.any(String))
      expect(shippedFulfillment.labels).toEqual([
        expect.objectContaining({ tracking_number: "TRK-1" }),
      ])

      // Cancel the second order: its reservations are released and the customer is told once.
      const canceled = await api.post(
        `/vendor/orders/${second.id}/cancel`,
        {},
        alpha.owner
      )
      expect(canceled.data.order.status).toBe("canceled")
      expect(
        await reservedQuantity(container, cupItem, alphaCatalog.stockLocationId)
      ).toBe(0)
      const [email] = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "order.canceled",
          resource_id: second.id,
        })
        return found.length > 0 && found
      })
      expect(email).toMatchObject({
        to: "grace@example.test",
        channel: "email",
        idempotency_key: `order.canceled:${second.id}:email`,
      })
      expect(
        (
          await failure(
            api.post(`/vendor/orders/${second.id}/cancel`, {}, alpha.owner)
          )
        ).status
      ).toBe(400)
      expect(
        await listNotifications(container, {
          template: "order.canceled",
          resource_id: second.id,
        })
      ).toHaveLength(1)
      const filtered = await api.get("/vendor/orders", {
        ...alpha.owner,
        params: { status: "canceled" },
      })
      expect(filtered.data.orders.map((o: { id: string }) => o.id)).toEqual([
        second.id,
      ])
      expect(
        (await api.get(`/vendor/orders/${betaOrder.id}`, beta.owner)).data.order
          .status
      ).toBe("pending")
    })
  },
})
