import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosResponse } from "axios"
import BigNumber from "bignumber.js"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import { recordEvents } from "../utils/record-events"
import {
  createReadyCart,
  linesOf,
  readCart,
  StoreCart,
} from "../utils/store-cart"

jest.setTimeout(120 * 1000)

type CheckoutOrder = {
  id: string
  display_id: number
  seller_id: string
  currency_code: string
  total: number
  items: {
    variant_id: string
    quantity: number
    total: number
    tax_lines: unknown[]
    adjustments: unknown[]
  }[]
}
type CheckoutResponse = {
  type: "order_group"
  order_group: { id: string; orders: CheckoutOrder[] }
}

const sum = (values: (number | string)[]) =>
  values.reduce<BigNumber>(
    (total, value) => total.plus(value),
    new BigNumber(0)
  )

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, dbConnection }) => {
    let marketplace: MarketplaceFixture
    let events: ReturnType<typeof recordEvents>

    beforeAll(async () => {
      marketplace = await createMarketplace(getContainer())
      events = recordEvents(getContainer(), [
        "order_group.placed",
        "order.placed",
      ])
    })
    beforeEach(() => {
      events.received.length = 0
    })

    /** A cart with every variant of the three sellers, their shipping and the promotion. */
    const threeSellerCart = () =>
      createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller, 2)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        promoCode: marketplace.promoCode,
      })
    const complete = (
      cartId: string
    ): Promise<AxiosResponse<CheckoutResponse>> =>
      api.post(`/store/carts/${cartId}/complete`, {}, marketplace.store)
    const countGroups = async (cartId: string): Promise<number> => {
      const rows = await dbConnection.raw(
        `select count(*)::int as n from order_group where cart_id = ?`,
        [cartId]
      )
      return rows.rows[0].n
    }

    describe("POST /store/carts/:id/complete with three sellers", () => {
      it("creates one order per seller in one group, with totals summing to the cart total", async () => {
        const cart: StoreCart = await threeSellerCart()
        expect(cart.items).toHaveLength(4)
        expect(cart.shipping_methods).toHaveLength(3)
        expect(new BigNumber(cart.discount_total).gt(0)).toBe(true)
        expect(new BigNumber(cart.tax_total).gt(0)).toBe(true)
        const response = await complete(cart.id)

        expect(response.status).toBe(200)
        expect(response.data.type).toBe("order_group")
        const group = response.data.order_group
        expect(group.id).toMatch(/^ogrp_/)
        expect(group.orders).toHaveLength(3)

        // Each order: its seller, exactly that seller's items, its currency.
        for (const seller of marketplace.sellers) {
          const order = group.orders.find(
            (candidate) => candidate.seller_id === seller.id
          )
          expect(order).toBeDefined()
          expect(order!.currency_code).toBe("eur")
          expect(order!.display_id).toEqual(expect.any(Number))
          expect(order!.items.map((item) => item.variant_id).sort()).toEqual(
            seller.variants.map((variant) => variant.id).sort()
          )
          for (const item of order!.items) {
            expect(item.quantity).toBe(2)
            expect(item.tax_lines).toHaveLength(1)
            expect(item.adjustments).toHaveLength(1)
          }
        }

        // Each order's total is its items plus its own shipping method, as the cart computed them.
        const orderTotals = group.orders.map((order) => order.total)
        for (const seller of marketplace.sellers) {
          const order = group.orders.find(
            (candidate) => candidate.seller_id === seller.id
          )!
          const cartItems = cart.items.filter((item) =>
            seller.variants.some((v) => v.id === item.variant_id)
          )
          const shipping = cart.shipping_methods.find(
            (method) => method.shipping_option_id === seller.shippingOptionId
          )!
          expect(new BigNumber(order.total).toString()).toBe(
            sum([
              ...cartItems.map((item) => item.total),
              shipping.total,
            ]).toString()
          )
        }
        expect(sum(orderTotals).toString()).toBe(
          new BigNumber(cart.total).toString()
        )

        // Shipping methods landed on the right orders, with their seller links.
        const { data: orders } = await getContainer()
          .resolve("query")
          .graph({
            entity: "order",
            fields: [
              "id",
              "shipping_methods.shipping_option_id",
              "seller.id",
              "order_group.id",
              "email",
            ],
            filters: { id: group.orders.map((order) => order.id) },
          })
        for (const order of orders as unknown as {
          id: string
          email: string
          shipping_methods: { shipping_option_id: string }[]
          seller: { id: string }
          order_group: { id: string }
        }[]) {
          const seller = marketplace.sellers.find(
            (candidate) => candidate.id === order.seller.id
          )!
          expect(
            order.shipping_methods.map((method) => method.shipping_option_id)
          ).toEqual([seller.shippingOptionId])
          expect(order.order_group.id).toBe(group.id)
          expect(order.email).toBe("ada@example.test")
        }

        // One group, holding the cart's payment collection; payment authorized; cart completed;
        // one reservation per order line.
        expect(await countGroups(cart.id)).toBe(1)
        const {
          data: [storedGroup],
        } = await getContainer()
          .resolve("query")
          .graph({
            entity: "order_group",
            fields: [
              "id",
              "total",
              "payment_collection.id",
              "payment_collection.status",
            ],
            filters: { id: group.id },
          })
        const linkedCollection = (
          storedGroup as unknown as {
            payment_collection: { id: string; status: string }
          }
        ).payment_collection
        expect(linkedCollection.id).toBe(cart.payment_collection!.id)
        expect(linkedCollection.status).toBe("authorized")
        expect(
          (await readCart(api, marketplace, cart.id)).completed_at
        ).not.toBeNull()
        const reservations = await getContainer()
          .resolve(Modules.INVENTORY)
          .listReservationItems({
            line_item_id: group.orders.flatMap((order) =>
              order.items.map((item) => (item as unknown as { id: string }).id)
            ),
          })
        expect(reservations).toHaveLength(4)

        // Events: one order_group.placed with the group id, one order.placed per order.
        await events.waitFor("order_group.placed", 1)
        await events.waitFor("order.placed", 3)
        expect(
          events.received.filter((event) => event.name === "order_group.placed")
        ).toEqual([{ name: "order_group.placed", data: { id: group.id } }])
        expect(
          events.received
            .filter((event) => event.name === "order.placed")
            .map((event) => event.data.id)
            .sort()
        ).toEqual(group.orders.map((order) => order.id).sort())
      })

      it("returns the same group when a completed cart is completed again", async () => {
        const cart = await threeSellerCart()
        const first = await complete(cart.id)
        const again = await complete(cart.id)

        expect(again.status).toBe(200)
        expect(again.data.order_group.id).toBe(first.data.order_group.id)
        expect(again.data.order_group.orders.map((order) => order.id)).toEqual(
          first.data.order_group.orders.map((order) => order.id)
        )
        expect(await countGroups(cart.id)).toBe(1)
        // Placed once: the repeated call emits nothing (subscribers done before the next test).
        await events.waitFor("order.placed", 3)
        expect(
          events.received.filter((event) => event.name === "order.placed")
        ).toHaveLength(3)
      })
    })
  },
})
