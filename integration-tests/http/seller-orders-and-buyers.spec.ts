import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import BigNumber from "bignumber.js"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import { failure, readableHttpErrors } from "../utils/http"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import { memberLogin } from "../utils/payouts"
import { CapturedEvent, PosthogServer } from "../utils/posthog-server"
import { Headers, listNotifications } from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { checkOutStore, createCustomerSession } from "../utils/store-cart"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(180 * 1000)

const posthog = new PosthogServer()
withAppEnv(async () => {
  await posthog.start()
  return {
    ANALYTICS: "posthog",
    POSTHOG_EVENTS_API_KEY: "phc_test",
    POSTHOG_HOST: posthog.url,
  }
})
afterAll(() => posthog.stop())

const SELLERS = [
  {
    name: "Alpha Atelier",
    shippingPrice: 4.95,
    products: [{ title: "Alpha scarf", prices: [19.99, 24.49] }],
  },
  {
    name: "Beta Bindery",
    shippingPrice: 3.5,
    products: [{ title: "Beta notebook", prices: [12.37] }],
  },
]

type StoreOrder = {
  id: string
  display_id: number
  total: number
  subtotal: number
  tax_total: number
  shipping_total: number
  discount_total: number
  seller: { id: string; name: string; handle: string }
  items: {
    title: string
    variant_title: string
    quantity: number
    total: number
  }[]
}

async function checkOut(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  headers: Headers,
  email?: string
) {
  return checkOutStore(api, marketplace, headers, { email })
}

const money = (value: number | string) =>
  new BigNumber(value).decimalPlaces(2, BigNumber.ROUND_HALF_UP).toFixed(2)

function eventsOf(
  name: string,
  where: (event: CapturedEvent) => boolean
): CapturedEvent[] {
  return posthog.named(name).filter(where)
}

async function emailsOf(
  container: MedusaContainer,
  template: string,
  resourceId: string
) {
  return listNotifications(container, { template, resource_id: resourceId })
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    beforeAll(() => readableHttpErrors(api))
    describe("a registered customer buys from two sellers", () => {
      it("notifies each seller's owners and admins, confirms once to the customer, shows the group to its customer only, and tracks the buyer", async () => {
        const container = getContainer()
        const marketplace = await createMarketplace(container, SELLERS)
        const [alpha, beta] = marketplace.sellers
        const alphaOwner = await memberLogin(
          api,
          container,
          alpha.id,
          "owner@alpha.test",
          "owner"
        )
        await memberLogin(api, container, alpha.id, "admin@alpha.test", "admin")
        const packer = await memberLogin(
          api,
          container,
          alpha.id,
          "packer@alpha.test",
          "member"
        )
        const betaOwner = await memberLogin(
          api,
          container,
          beta.id,
          "owner@beta.test",
          "owner"
        )
        const customer = await createCustomerSession(
          api,
          marketplace,
          "buyer@example.test"
        )
        const {
          data: { customer: me },
        } = await api.get("/store/customers/me", customer)

        const { cartId, groupId } = await checkOut(api, marketplace, customer)

        // The storefront's confirmation page: one group, both sellers' orders.
        const { data } = await api.get(
          `/store/order-groups/${groupId}`,
          customer
        )
        const orders: StoreOrder[] = data.order_group.orders
        expect(data.order_group).toMatchObject({
          id: groupId,
          currency_code: "eur",
          total: expect.any(Number),
        })
        expect(orders.map((order) => order.seller)).toEqual([
          { id: alpha.id, name: "Alpha Atelier", handle: "alpha-atelier" },
          { id: beta.id, name: "Beta Bindery", handle: "beta-bindery" },
        ])
        expect(
          orders[0].items.map((item) => [item.title, item.quantity])
        ).toEqual([
          ["Alpha scarf", 2],
          ["Alpha scarf", 2],
        ])
        expect(money(orders.reduce((sum, order) => sum + order.total, 0))).toBe(
          money(data.order_group.total)
        )
        expect(JSON.stringify(data)).not.toMatch(/contact@|owner@|cart_/)

        const list = await api.get("/store/customers/me/order-groups", customer)
        expect(list.data).toMatchObject({ count: 1, limit: 10, offset: 0 })
        expect(list.data.order_groups[0]).toEqual(data.order_group)

        // Another customer, a guest, and the cart id of an account's order: 404 like a missing group.
        const other = await createCustomerSession(
          api,
          marketplace,
          "other@example.test"
        )
        for (const attempt of [
          () => api.get(`/store/order-groups/${groupId}`, other),
          () => api.get(`/store/order-groups/${groupId}`, marketplace.store),
          () =>
            api.get(
              `/store/order-groups/${groupId}?cart_id=${cartId}`,
              marketplace.store
            ),
          () =>
            api.get(`/store/order-groups/${groupId}?cart_id=${cartId}`, other),
          () => api.get("/store/order-groups/ogrp_unknown", customer),
        ]) {
          const refused = await failure(attempt())
          expect(refused.status).toBe(404)
          expect(refused.data.type).toBe("not_found")
        }
        expect(
          (await api.get("/store/customers/me/order-groups", other)).data
        ).toEqual({
          order_groups: [],
          count: 0,
          limit: 10,
          offset: 0,
        })
        expect(
          (
            await failure(
              api.get("/store/customers/me/order-groups", marketplace.store)
            )
          ).status
        ).toBe(401)
        expect(
          (
            await failure(
              api.get(
                `/store/order-groups/${groupId}?email=buyer@example.test`,
                customer
              )
            )
          ).status
        ).toBe(400)

        // Each seller order reaches its seller: owners and admins by email, the seller's feed.
        const sellerNotifications = async (order: StoreOrder) =>
          (await emailsOf(container, "order.placed", order.id)).map((n) => [
            n.channel,
            n.to,
            n.receiver_id,
          ])
        await waitFor(
          async () =>
            (await sellerNotifications(orders[0])).length === 3 &&
            (await sellerNotifications(orders[1])).length === 2,
          {
            what: "the sellers' order notifications",
          }
        )
        expect((await sellerNotifications(orders[0])).sort()).toEqual(
          [
            ["email", "admin@alpha.test", expect.stringMatching(/^mem_/)],
            ["email", "owner@alpha.test", expect.stringMatching(/^mem_/)],
            ["feed", "contact@alpha-atelier.test", alpha.id],
          ].sort()
        )
        const [alphaEmail] = await listNotifications(container, {
          template: "order.placed",
          resource_id: orders[0].id,
          to: "owner@alpha.test",
        })
        expect(alphaEmail.data).toMatchObject({
          order_display_id: orders[0].display_id,
          seller_name: "Alpha Atelier",
          currency_code: "eur",
          total: money(orders[0].total),
          subtotal: money(orders[0].subtotal),
          shipping_total: money(orders[0].shipping_total),
          tax_total: money(orders[0].tax_total),
          items: orders[0].items.map((item) => ({
            title: `Alpha scarf (${item.variant_title})`,
            quantity: 2,
            total: money(item.total),
          })),
        })
        expect(await sellerNotifications(orders[1])).toEqual(
          expect.arrayContaining([
            ["email", "owner@beta.test", expect.any(String)],
            ["feed", "contact@beta-bindery.test", beta.id],
          ])
        )
        const feed = await api.get("/vendor/notifications", packer)
        expect(
          feed.data.notifications.map((n: { template: string }) => n.template)
        ).toContain("order.placed")

        // "Unread" is per member: the packer's read marker leaves its owner's count alone,
        // and the other seller's feed too.
        const entries = feed.data.count
        expect(feed.data).toMatchObject({
          read_at: null,
          unread_count: entries,
        })
        const read = await api.post("/vendor/notifications/read", {}, packer)
        expect(read.data).toEqual({
          read_at: expect.any(String),
          unread_count: 0,
        })
        const again = await api.post("/vendor/notifications/read", {}, packer)
        expect(again.data.unread_count).toBe(0)
        expect(Date.parse(again.data.read_at)).toBeGreaterThanOrEqual(
          Date.parse(read.data.read_at)
        )
        expect(
          (await api.get("/vendor/notifications", packer)).data
        ).toMatchObject({
          count: entries,
          read_at: again.data.read_at,
          unread_count: 0,
        })
        expect(
          (await api.get("/vendor/notifications", alphaOwner)).data
        ).toMatchObject({
          count: entries,
          read_at: null,
          unread_count: entries,
        })
        const betaFeed = (await api.get("/vendor/notifications", betaOwner))
          .data
        expect(betaFeed.count).toBeGreaterThan(0)
        expect(betaFeed).toMatchObject({
          read_at: null,
          unread_count: betaFeed.count,
        })
        const extra = await failure(
          api.post("/vendor/notifications/read", { member_id: "x" }, packer)
        )
        expect(extra.status).toBe(400)
        expect(extra.data.type).toBe("invalid_data")

        // One confirmation email for the whole group.
        const confirmations = await waitFor(async () => {
          const found = await listNotifications(container, {
            template: "order_group.placed",
          })
          return found.length > 0 && found
        })
        expect(confirmations).toHaveLength(1)
        expect(confirmations[0]).toMatchObject({
          to: "buyer@example.test",
          channel: "email",
          receiver_id: me.id,
          resource_id: groupId,
        })
        expect(confirmations[0].data).toMatchObject({
          total: money(data.order_group.total),
          orders: orders.map((order) =>
            expect.objectContaining({
              display_id: order.display_id,
              total: money(order.total),
            })
          ),
        })

        // Analytics: the customer as actor, the seller as group.
        const mine = (event: CapturedEvent) => event.distinct_id === me.id
        await waitFor(
          () =>
            eventsOf("order_placed", mine).length === 2 &&
            eventsOf("checkout_completed", mine).length === 1,
          {
            what: "order_placed and checkout_completed",
          }
        )
        expect(eventsOf("cart_created", mine)).toEqual([
          expect.objectContaining({
            properties: expect.objectContaining({
              cart_id: cartId,
              customer_id: me.id,
            }),
          }),
        ])
        const added = eventsOf("cart_item_added", mine)
        expect(
          added.map((event) => [
            event.properties.variant_id,
            event.properties.quantity,
            event.properties.$groups,
          ])
        ).toEqual(
          marketplace.sellers.flatMap((seller) =>
            seller.variants.map((variant) => [
              variant.id,
              2,
              { seller: seller.id },
            ])
          )
        )
        expect(
          eventsOf("checkout_completed", mine)[0].properties
        ).toMatchObject({
          order_group_id: groupId,
          cart_id: cartId,
          order_count: 2,
          seller_ids: expect.arrayContaining([alpha.id, beta.id]),
        })
        expect(
          eventsOf("order_placed", mine)
            .map((event) => event.properties)
            .sort((a, b) => Number(a.display_id) - Number(b.display_id))
        ).toEqual(
          orders.map((order) =>
            expect.objectContaining({
              order_id: order.id,
              order_group_id: groupId,
              seller_id: order.seller.id,
              total: expect.any(String),
              $groups: { seller: order.seller.id },
            })
          )
        )

        // Redelivered events send nothing twice (but are tracked again, as analytics events are).
        const before = (await listNotifications(container, {})).length
        await container.resolve(Modules.EVENT_BUS).emit([
          { name: "order.placed", data: { id: orders[0].id } },
          { name: "order_group.placed", data: { id: groupId } },
        ])
        await waitFor(
          () =>
            eventsOf("order_placed", mine).length === 3 &&
            eventsOf("checkout_completed", mine).length === 2,
          {
            what: "the redelivered events",
          }
        )
        await settleBackgroundWork(utils)
        expect((await listNotifications(container, {})).length).toBe(before)
      })
    })

    describe("a guest buys", () => {
      it("proves the group with the cart id, is tracked by cart id, and gets one confirmation", async () => {
        const container = getContainer()
        const marketplace = await createMarketplace(container, SELLERS)
        const { cartId, groupId } = await checkOut(
          api,
          marketplace,
          marketplace.store,
          "guest@example.test"
        )

        const { data } = await api.get(
          `/store/order-groups/${groupId}?cart_id=${cartId}`,
          marketplace.store
        )
        expect(data.order_group.orders).toHaveLength(2)
        expect(
          (
            await failure(
              api.get(`/store/order-groups/${groupId}`, marketplace.store)
            )
          ).status
        ).toBe(404)
        const { cartId: otherCart } = await checkOut(
          api,
          marketplace,
          marketplace.store,
          "someone@example.test"
        )
        expect(
          (
            await failure(
              api.get(
                `/store/order-groups/${groupId}?cart_id=${otherCart}`,
                marketplace.store
              )
            )
          ).status
        ).toBe(404)

        const confirmation = await waitFor(async () => {
          const found = await listNotifications(container, {
            template: "order_group.placed",
            resource_id: groupId,
          })
          return found.length > 0 && found
        })
        expect(confirmation.map((n) => n.to)).toEqual(["guest@example.test"])

        const ofCart = (event: CapturedEvent) => event.distinct_id === cartId
        await waitFor(
          () =>
            eventsOf("order_placed", ofCart).length === 2 &&
            eventsOf("checkout_completed", ofCart).length === 1,
          {
            what: "the guest's events",
          }
        )
        expect(eventsOf("cart_created", ofCart)).toHaveLength(1)
        expect(eventsOf("cart_item_added", ofCart)).toHaveLength(3)
      })
    })

    describe("after the sale", () => {
      it("tracks a delivery and a received return under the buyer and the seller", async () => {
        const container = getContainer()
        const admin = await createAdminSession(container, api)
        const marketplace = await createMarketplace(container, SELLERS)
        const [alpha] = marketplace.sellers
        const owner = await memberLogin(
          api,
          container,
          alpha.id,
          "owner@alpha.test",
          "owner"
        )
        const { cartId, groupId } = await checkOut(
          api,
          marketplace,
          marketplace.store,
          "guest@example.test"
        )
        const {
          data: { order_group },
        } = await api.get(
          `/store/order-groups/${groupId}?cart_id=${cartId}`,
          marketplace.store
        )
        const order = (order_group.orders as StoreOrder[]).find(
          (candidate) => candidate.seller.id === alpha.id
        )!
        const {
          data: {
            order: { items },
          },
        } = await api.get(`/vendor/orders/${order.id}`, owner)

        const { data: fulfilled } = await api.post(
          `/vendor/orders/${order.id}/fulfillments`,
          { items: [{ id: items[0].id, quantity: 2 }] },
          owner
        )
        await api.post(
          `/admin/orders/${order.id}/fulfillments/${fulfilled.fulfillment_id}/mark-as-delivered`,
          {},
          admin
        )
        // A return received for the order (Medusa's event, as its return workflows emit it).
        await container.resolve(Modules.EVENT_BUS).emit({
          name: "order.return_received",
          data: { order_id: order.id, return_id: "return_test_1" },
        })

        const ofCart = (event: CapturedEvent) => event.distinct_id === cartId
        await waitFor(
          () =>
            eventsOf("order_delivered", ofCart).length === 1 &&
            eventsOf("return_received", ofCart).length === 1,
          {
            what: "order_delivered and return_received",
          }
        )
        expect(eventsOf("order_delivered", ofCart)[0].properties).toMatchObject(
          {
            order_id: order.id,
            fulfillment_id: fulfilled.fulfillment_id,
            seller_id: alpha.id,
            $groups: { seller: alpha.id },
          }
        )
        expect(eventsOf("return_received", ofCart)[0].properties).toMatchObject(
          {
            order_id: order.id,
            return_id: "return_test_1",
            $groups: { seller: alpha.id },
          }
        )
        await settleBackgroundWork(utils)
      })
    })
  },
})
