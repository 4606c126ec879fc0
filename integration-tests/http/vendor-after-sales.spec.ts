import type {
  IEventBusModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosError, AxiosResponse } from "axios"
import BigNumber from "bignumber.js"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import { recordEvents } from "../utils/record-events"
import { createReadyCart, linesOf } from "../utils/store-cart"
import { ledgerSums } from "../utils/payouts"
import { ownerLogin } from "../utils/seller-login"
import { Headers, listNotifications } from "../utils/sellers"
import { reservedQuantity } from "../utils/vendor-orders"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(240 * 1000)

type Order = {
  id: string
  seller_id: string
  total: number
  items: { id: string; variant_id: string; quantity: number }[]
}
type Fulfillment = {
  id: string
  shipped_at: string | null
  delivered_at: string | null
  canceled_at: string | null
}

const round2 = (value: BigNumber.Value) =>
  new BigNumber(value).decimalPlaces(2, BigNumber.ROUND_HALF_UP)

async function stockedQuantity(
  container: MedusaContainer,
  inventoryItemId: string,
  locationId: string
): Promise<number> {
  const [level] = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels({
      inventory_item_id: inventoryItemId,
      location_id: locationId,
    })
  return Number(level?.stocked_quantity ?? 0)
}

/** What the customer paid for one unit of an order line (its total over its quantity, before any return), from Medusa. */
async function unitPaid(
  container: MedusaContainer,
  orderId: string,
  itemId: string
): Promise<BigNumber> {
  const { data } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "order",
      fields: ["total", "items.id", "items.total", "items.quantity"],
      filters: { id: orderId },
    })
  const item = (
    data[0].items as { id: string; total: unknown; quantity: unknown }[]
  ).find((line) => line.id === itemId)!
  return new BigNumber(String(item.total)).dividedBy(String(item.quantity))
}

/**
 * After-sales on orders of the split checkout: two sellers sold in one order group whose
 * payment is captured, so refunds come out of the group payment and land in the ledger.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let admin: Headers
    let marketplace: MarketplaceFixture
    let alpha: Headers
    let beta: Headers
    let alphaOrder: Order
    let betaOrder: Order
    let groupId: string

    beforeAll(async () => {
      const container = getContainer()
      admin = await createAdminSession(container, api)
      marketplace = await createMarketplace(container)
      const [alphaSeller, betaSeller] = marketplace.sellers
      alpha = await ownerLogin(
        api,
        container,
        alphaSeller.id,
        "owner@alpha-after.test"
      )
      beta = await ownerLogin(
        api,
        container,
        betaSeller.id,
        "owner@beta-after.test"
      )
      const cart = await createReadyCart(api, marketplace, {
        lines: [...linesOf(alphaSeller, 2), ...linesOf(betaSeller, 1)],
        shippingOptionIds: [
          alphaSeller.shippingOptionId,
          betaSeller.shippingOptionId,
        ],
        email: "buyer@after.test",
      })
      const { data } = await api.post(
        `/store/carts/${cart.id}/complete`,
        {},
        marketplace.store
      )
      groupId = data.order_group.id
      alphaOrder = data.order_group.orders.find(
        (order: Order) => order.seller_id === alphaSeller.id
      )
      betaOrder = data.order_group.orders.find(
        (order: Order) => order.seller_id === betaSeller.id
      )
      await api.post(`/admin/order-groups/${groupId}/capture`, {}, admin)
      await new Promise((resolve) => setTimeout(resolve, 250))
      await utils.waitWorkflowExecutions()
    })

    it("marks fulfillments delivered, cancels unshipped ones back into stock and completes orders, for the seller's own orders only", async () => {
      const container = getContainer()
      const seller = marketplace.sellers[0]
      const [first, second] = alphaOrder.items
      const variant = seller.variants.find(
        (candidate) => candidate.id === first.variant_id
      )!
      const stocked = await stockedQuantity(
        container,
        variant.inventoryItemId,
        seller.stockLocationId
      )
      const reserved = await reservedQuantity(
        container,
        variant.inventoryItemId,
        seller.stockLocationId
      )
      const events = recordEvents(container, [
        "order.fulfillment_canceled",
        "delivery.created",
        "order.completed",
      ])

      const fulfilled = await api.post(
        `/vendor/orders/${alphaOrder.id}/fulfillments`,
        { items: [{ id: first.id, quantity: 2 }] },
        alpha
      )
      const fulfillmentId: string = fulfilled.data.fulfillment_id
      expect(
        await stockedQuantity(
          container,
          variant.inventoryItemId,
          seller.stockLocationId
        )
      ).toBe(stocked - 2)

      // Another seller: its own order with Alpha's fulfillment, or Alpha's order, is a 404 that names nothing of Alpha's.
      const betaFulfillment = (
        await api.post(
          `/vendor/orders/${betaOrder.id}/fulfillments`,
          { items: [{ id: betaOrder.items[0].id, quantity: 1 }] },
          beta
        )
      ).data.fulfillment_id
      for (const request of [
        () =>
          api.post(
            `/vendor/orders/${alphaOrder.id}/fulfillments/${fulfillmentId}/cancel`,
            {},
            beta
          ),
        () =>
          api.post(
            `/vendor/orders/${betaOrder.id}/fulfillments/${fulfillmentId}/cancel`,
            {},
            beta
          ),
        () =>
          api.post(
            `/vendor/orders/${alphaOrder.id}/fulfillments/${fulfillmentId}/mark-as-delivered`,
            {},
            beta
          ),
        () =>
          api.post(
            `/vendor/orders/${betaOrder.id}/fulfillments/${fulfillmentId}/mark-as-delivered`,
            {},
            beta
          ),
        () =>
          api.post(
            `/vendor/orders/${alphaOrder.id}/fulfillments/${betaFulfillment}/cancel`,
            {},
            alpha
          ),
        () => api.post(`/vendor/orders/${alphaOrder.id}/complete`, {}, beta),
      ]) {
        const response = await failure(request())
        expect(response.status).toBe(404)
        expect(response.data.type).toBe("not_found")
        expect(JSON.stringify(response.data)).not.toContain("buyer@after.test")
      }

      // Canceled: the items are unfulfilled again and the stock is back, reserved for the order again.
      const canceled = await api.post(
        `/vendor/orders/${alphaOrder.id}/fulfillments/${fulfillmentId}/cancel`,
        {},
        alpha
      )
      expect(
        canceled.data.order.fulfillments.find(
          (f: Fulfillment) => f.id === fulfillmentId
        ).canceled_at
      ).toEqual(expect.any(String))
      expect(
        await stockedQuantity(
          container,
          variant.inventoryItemId,
          seller.stockLocationId
        )
      ).toBe(stocked)
      expect(
        await reservedQuantity(
          container,
          variant.inventoryItemId,
          seller.stockLocationId
        )
      ).toBe(reserved)
      await events.waitFor("order.fulfillment_canceled", 1)
      expect(
        (
          await failure(
            api.post(
              `/vendor/orders/${alphaOrder.id}/fulfillments/${fulfillmentId}/cancel`,
              {},
              alpha
            )
          )
        ).status
      ).toBe(400)

      // Fulfil everything again, ship and deliver; a shipped fulfillment cannot be canceled.
      const again = await api.post(
        `/vendor/orders/${alphaOrder.id}/fulfillments`,
        {
          items: [
            { id: first.id, quantity: 2 },
            { id: second.id, quantity: 2 },
          ],
        },
        alpha
      )
      const shippedId: string = again.data.fulfillment_id
      await api.post(
        `/vendor/orders/${alphaOrder.id}/fulfillments/${shippedId}/shipments`,
        {},
        alpha
      )
      const shippedCancel = await failure(
        api.post(
          `/vendor/orders/${alphaOrder.id}/fulfillments/${shippedId}/cancel`,
          {},
          alpha
        )
      )
      expect(shippedCancel.status).toBe(400)
      expect(shippedCancel.data.message).toMatch(/shipped/)
      const delivered = await api.post(
        `/vendor/orders/${alphaOrder.id}/fulfillments/${shippedId}/mark-as-delivered`,
        {},
        alpha
      )
      expect(
        delivered.data.order.fulfillments.find(
          (f: Fulfillment) => f.id === shippedId
        ).delivered_at
      ).toEqual(expect.any(String))
      await events.waitFor("delivery.created", 1)
      expect(
        (
          await failure(
            api.post(
              `/vendor/orders/${alphaOrder.id}/fulfillments/${shippedId}/mark-as-delivered`,
              {},
              alpha
            )
          )
        ).status
      ).toBe(400)
      expect(
        (
          await failure(
            api.post(
              `/vendor/orders/${alphaOrder.id}/fulfillments/${shippedId}/mark-as-delivered`,
              { delivered: true },
              alpha
            )
          )
        ).status
      ).toBe(400)

      const completed = await api.post(
        `/vendor/orders/${alphaOrder.id}/complete`,
        {},
        alpha
      )
      expect(completed.data.order.status).toBe("completed")
      await events.waitFor("order.completed", 1)
      const twice = await failure(
        api.post(`/vendor/orders/${alphaOrder.id}/complete`, {}, alpha)
      )
      expect(twice.data).toEqual({
        type: "not_allowed",
        message: `Order ${alphaOrder.id} is completed and cannot be completed`,
      })
      expect(
        (await api.get(`/vendor/orders/${betaOrder.id}`, beta)).data.order
          .status
      ).toBe("pending")
    })

    it("lists customers' and sellers' returns to the order's seller only, receives them into its stock and refunds the received items", async () => {
      const container = getContainer()
      const [alphaSeller, betaSeller] = marketplace.sellers
      const [first, second] = alphaOrder.items
      const variant = alphaSeller.variants.find(
        (candidate) => candidate.id === first.variant_id
      )!
      const events = recordEvents(container, [
        "order.return_requested",
        "order.return_received",
        "payment.refunded",
      ])
      const paidForOne = round2(
        await unitPaid(container, alphaOrder.id, first.id)
      )
      const paidForSecond = round2(
        await unitPaid(container, alphaOrder.id, second.id)
      )
      const { data: fulfilled } = await api.post(
        `/vendor/orders/${alphaOrder.id}/fulfillments`,
        {
          items: [
            { id: first.id, quantity: 2 },
            { id: second.id, quantity: 2 },
          ],
        },
        alpha
      )

      const returnOption = (
        await api.post(
          "/vendor/shipping-options",
          {
            name: "Alpha returns",
            stock_location_id: alphaSeller.stockLocationId,
            prices: [{ currency_code: "eur", amount: 0 }],
            is_return: true,
          },
          alpha
        )
      ).data.shipping_option
      expect(returnOption.rules).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ attribute: "is_return", value: "true" }),
        ])
      )
      const betaReturnOption = (
        await api.post(
          "/vendor/shipping-options",
          {
            name: "Beta returns",
            stock_location_id: betaSeller.stockLocationId,
            prices: [{ currency_code: "eur", amount: 0 }],
            is_return: true,
          },
          beta
        )
      ).data.shipping_option

      // The customer returns one unit through Medusa's own store route, with Alpha's return option only.
      const storeReturn = (overrides: Record<string, unknown>) => ({
        order_id: alphaOrder.id,
        items: [{ id: first.id, quantity: 1 }],
        return_shipping: { option_id: returnOption.id },
        ...overrides,
      })
      for (const [body, message] of [
        [storeReturn({ receive_now: true }), /receive_now/],
        [
          storeReturn({ return_shipping: { option_id: betaReturnOption.id } }),
          /not a return option of the order's seller/,
        ],
        [
          storeReturn({
            return_shipping: { option_id: alphaSeller.shippingOptionId },
          }),
          /not a return option/,
        ],
        [
          storeReturn({ location_id: betaSeller.stockLocationId }),
          /not one of the order's seller's/,
        ],
      ] as const) {
        const refused = await failure(
          api.post("/store/returns", body, marketplace.store)
        )
        expect(refused.status).toBe(400)
        expect(refused.data.message).toMatch(message)
      }
      const { data: customerReturn } = await api.post(
        "/store/returns",
        storeReturn({}),
        marketplace.store
      )
      expect(customerReturn.return).toMatchObject({
        status: "requested",
        location_id: alphaSeller.stockLocationId,
      })
      await events.waitFor("order.return_requested", 1)
      const returning = await failure(
        api.post(
          `/vendor/orders/${alphaOrder.id}/fulfillments/${fulfilled.fulfillment_id}/cancel`,
          {},
          alpha
        )
      )
      expect(returning.data).toEqual({
        type: "not_allowed",
        message: expect.stringMatching(/is being returned/),
      })

      // The seller opens one itself: only fulfilled, not yet returned quantities.
      const tooMany = await failure(
        api.post(
          `/vendor/orders/${alphaOrder.id}/returns`,
          { items: [{ id: first.id, quantity: 2 }] },
          alpha
        )
      )
      expect(tooMany.status).toBe(400)
      const created = await api.post(
        `/vendor/orders/${alphaOrder.id}/returns`,
        {
          items: [{ id: second.id, quantity: 2 }],
          reason: "Arrived scratched",
        },
        alpha
      )
      expect(created.status).toBe(201)
      const sellerReturn = created.data.return
      expect(sellerReturn).toMatchObject({
        order_id: alphaOrder.id,
        status: "requested",
        location_id: alphaSeller.stockLocationId,
        metadata: { reason: "Arrived scratched" },
        items: [
          expect.objectContaining({
            item_id: second.id,
            quantity: 2,
            note: "Arrived scratched",
          }),
        ],
      })
      await events.waitFor("order.return_requested", 2)

      const { data: list } = await api.get("/vendor/returns", alpha)
      expect(list).toMatchObject({ count: 2, limit: 20, offset: 0 })
      expect(list.returns.map((r: { id: string }) => r.id).sort()).toEqual(
        [customerReturn.return.id, sellerReturn.id].sort()
      )
      const { data: filtered } = await api.get("/vendor/returns", {
        ...alpha,
        params: { order_id: [alphaOrder.id, betaOrder.id], limit: 1 },
      })
      expect(filtered).toMatchObject({ count: 2, limit: 1, offset: 0 })
      expect((await api.get("/vendor/returns", beta)).data).toEqual({
        returns: [],
        count: 0,
        limit: 20,
        offset: 0,
      })
      expect(
        (
          await api.get("/vendor/returns", {
            ...beta,
            params: { order_id: alphaOrder.id },
          })
        ).data.count
      ).toBe(0)
      for (const request of [
        () => api.get(`/vendor/returns/${sellerReturn.id}`, beta),
        () => api.post(`/vendor/returns/${sellerReturn.id}/receive`, {}, beta),
        () =>
          api.post(
            `/vendor/orders/${alphaOrder.id}/returns`,
            { items: [{ id: first.id, quantity: 1 }] },
            beta
          ),
      ]) {
        const response = await failure(request())
        expect(response.status).toBe(404)
        expect(JSON.stringify(response.data)).not.toContain("buyer@after.test")
      }
      const foreignLocation = await failure(
        api.post(
          `/vendor/orders/${betaOrder.id}/returns`,
          {
            items: [{ id: betaOrder.items[0].id, quantity: 1 }],
            location_id: alphaSeller.stockLocationId,
          },
          beta
        )
      )
      expect(foreignLocation.status).toBe(404)

      // Receiving the customer's unit puts it back in Alpha's stock and refunds what it was paid.
      const stocked = await stockedQuantity(
        container,
        variant.inventoryItemId,
        alphaSeller.stockLocationId
      )
      const before = await ledgerSums(container, alphaSeller.id)
      const wrongItem = await failure(
        api.post(
          `/vendor/returns/${customerReturn.return.id}/receive`,
          { items: [{ id: second.id, quantity: 1 }] },
          alpha
        )
      )
      expect(wrongItem.status).toBe(400)
      const received = await api.post(
        `/vendor/returns/${customerReturn.return.id}/receive`,
        {},
        alpha
      )
      expect(received.data.return).toMatchObject({
        status: "received",
        items: [expect.objectContaining({ received_quantity: 1 })],
      })
      expect(received.data.refund).toEqual({
        id: expect.any(String),
        amount: paidForOne.toNumber(),
      })
      expect(
        await stockedQuantity(
          container,
          variant.inventoryItemId,
          alphaSeller.stockLocationId
        )
      ).toBe(stocked + 1)
      await events.waitFor("order.return_received", 1)
      await events.waitFor("payment.refunded", 1)
      const after = await ledgerSums(container, alphaSeller.id)
      const refundEntries = after.entries.filter(
        (entry) =>
          entry.reference === `${alphaOrder.id}/${received.data.refund.id}`
      )
      expect(refundEntries.map((entry) => entry.type).sort()).toEqual([
        "commission_reversal",
        "refund",
      ])
      const refundEntry = refundEntries.find(
        (entry) => entry.type === "refund"
      )!
      expect(new BigNumber(String(refundEntry.amount)).toFixed()).toBe(
        paidForOne.negated().toFixed()
      )
      expect(new BigNumber(after.total).lt(before.total)).toBe(true)
      expect(
        (
          await failure(
            api.post(
              `/vendor/returns/${customerReturn.return.id}/receive`,
              {},
              alpha
            )
          )
        ).status
      ).toBe(400)

      // The seller's own return arrives in two parcels; each receipt refunds its units.
      const firstParcel = await api.post(
        `/vendor/returns/${sellerReturn.id}/receive`,
        { items: [{ id: second.id, quantity: 1 }] },
        alpha
      )
      expect(firstParcel.data.return.status).toBe("partially_received")
      const secondParcel = await api.post(
        `/vendor/returns/${sellerReturn.id}/receive`,
        {},
        alpha
      )
      expect(secondParcel.data.return.status).toBe("received")
      expect([
        firstParcel.data.refund.amount,
        secondParcel.data.refund.amount,
      ]).toEqual([paidForSecond.toNumber(), paidForSecond.toNumber()])
      await events.waitFor("payment.refunded", 3)

      // The customer is told by email of each receipt and each refund, once.
      const receipts = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "order.return_received",
        })
        return found.length >= 3 && found
      })
      expect(receipts.map((n) => [n.to, n.channel]).sort()).toEqual(
        Array(3).fill(["buyer@after.test", "email"])
      )
      const refunds = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "payment.refunded",
          resource_id: alphaOrder.id,
        })
        return found.length >= 3 && found
      })
      expect(refunds.map((n) => n.idempotency_key).sort()).toEqual(
        [
          received.data.refund.id,
          firstParcel.data.refund.id,
          secondParcel.data.refund.id,
        ]
          .map((id) => `payment.refunded:${id}:email`)
          .sort()
      )
      await container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).emit({
        name: "order.return_received",
        data: { order_id: alphaOrder.id, return_id: sellerReturn.id },
      })
      await new Promise((resolve) => setTimeout(resolve, 500))
      expect(
        await listNotifications(container, {
          template: "order.return_received",
        })
      ).toHaveLength(3)
    })

    it("refunds goodwill amounts of the seller's own order out of the group payment, never more than it was paid", async () => {
      const container = getContainer()
      const [alphaSeller] = marketplace.sellers
      const paid = new BigNumber(
        String(
          (await ledgerSums(container, alphaSeller.id)).entries.find(
            (entry) =>
              entry.type === "sale" && entry.reference === alphaOrder.id
          )!.amount
        )
      )
      const { data } = await api.post(
        `/vendor/orders/${alphaOrder.id}/refunds`,
        { amount: 5, note: "Late delivery" },
        alpha
      )
      expect(data.refund).toEqual({
        id: expect.any(String),
        order_id: alphaOrder.id,
        amount: 5,
      })
      expect(data.order.id).toBe(alphaOrder.id)
      const { entries } = await ledgerSums(container, alphaSeller.id)
      const booked = entries.filter(
        (entry) => entry.reference === `${alphaOrder.id}/${data.refund.id}`
      )
      expect(
        booked
          .map((entry) => [entry.type, Math.sign(Number(entry.amount))])
          .sort()
      ).toEqual([
        ["commission_reversal", 1],
        ["refund", -1],
      ])

      const left = paid.minus(5)
      const tooMuch = await failure(
        api.post(
          `/vendor/orders/${alphaOrder.id}/refunds`,
          { amount: left.plus(0.01).toNumber() },
          alpha
        )
      )
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data).toEqual({
        type: "invalid_data",
        message: `Order ${alphaOrder.id} has ${left.toFixed()} eur left to refund`,
      })
      // Two refunds of all that is left at once: one gets it, the other is refused.
      const racing = await Promise.all(
        [1, 2].map(() =>
          api
            .post(
              `/vendor/orders/${alphaOrder.id}/refunds`,
              { amount: left.toNumber() },
              alpha
            )
            .then(
              (response: AxiosResponse) => response.status,
              (error: AxiosError) => error.response!.status
            )
        )
      )
      expect(racing.filter((status) => status === 200)).toHaveLength(1)
      expect(
        racing.filter((status) => status === 400 || status === 409)
      ).toHaveLength(1)
      const refunded = (
        await ledgerSums(container, alphaSeller.id)
      ).entries.filter(
        (entry) =>
          entry.type === "refund" &&
          entry.reference.startsWith(`${alphaOrder.id}/`)
      )
      expect(
        refunded
          .reduce(
            (sum, entry) => sum.plus(String(entry.amount)),
            new BigNumber(0)
          )
          .negated()
          .toFixed()
      ).toBe(paid.toFixed())
      expect(
        (
          await failure(
            api.post(
              `/vendor/orders/${alphaOrder.id}/refunds`,
              { amount: 0.01 },
              alpha
            )
          )
        ).status
      ).toBe(400)

      for (const body of [
        {},
        { amount: 0 },
        { amount: -1 },
        { amount: "5" },
        { amount: 1, seller_id: "sel_x" },
      ]) {
        const response = await failure(
          api.post(`/vendor/orders/${betaOrder.id}/refunds`, body, beta)
        )
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
      const foreign = await failure(
        api.post(`/vendor/orders/${alphaOrder.id}/refunds`, { amount: 1 }, beta)
      )
      expect(foreign.status).toBe(404)
      expect(JSON.stringify(foreign.data)).not.toContain("buyer@after.test")

      const emails = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "payment.refunded",
          resource_id: alphaOrder.id,
        })
        return found.length >= 2 && found
      })
      expect(emails.map((n) => n.to)).toEqual([
        "buyer@after.test",
        "buyer@after.test",
      ])
    })
  },
})
