import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosResponse } from "axios"
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"
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
import { failure } from "../utils/http"

jest.setTimeout(120 * 1000)

type CartFailure = {
  type: "cart"
  cart: { id: string; completed_at: string | null }
  error: { type: string; message: string }
}

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

    const threeSellerCart = () =>
      createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller, 2)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
      })
    const complete = (cartId: string): Promise<AxiosResponse> =>
      api.post(`/store/carts/${cartId}/complete`, {}, marketplace.store)
    const count = async (sql: string, bindings: string[]): Promise<number> =>
      (await dbConnection.raw(sql, bindings)).rows[0].n

    /** Nothing of a checkout is left: no group, order, link, reservation or payment. */
    async function expectNothingPlaced(
      container: MedusaContainer,
      cart: StoreCart
    ) {
      expect(
        await count(
          `select count(*)::int as n from order_group where cart_id = ?`,
          [cart.id]
        )
      ).toBe(0)
      expect(
        await count(
          `select count(*)::int as n from "order" where deleted_at is null`,
          []
        )
      ).toBe(0)
      expect(
        await count(
          `select count(*)::int as n from order_cart where cart_id = ? and deleted_at is null`,
          [cart.id]
        )
      ).toBe(0)
      expect(
        await count(
          `select count(*)::int as n from seller_seller_order_order where deleted_at is null`,
          []
        )
      ).toBe(0)
      expect(
        await container.resolve(Modules.INVENTORY).listReservationItems({})
      ).toHaveLength(0)
      const [collection] = await container
        .resolve(Modules.PAYMENT)
        .listPaymentCollections(
          { id: cart.payment_collection!.id },
          { relations: ["payments"] }
        )
      expect(collection.payments ?? []).toHaveLength(0)
      expect(collection.status).not.toBe("authorized")
      const after = await readCart(api, marketplace, cart.id)
      expect(after.completed_at).toBeNull()
      expect(
        after.payment_collection?.payment_sessions?.map(
          (session) => session.status
        )
      ).toEqual(["pending"])
      // Events of a failed checkout are discarded with its event group.
      await new Promise((resolve) => setTimeout(resolve, 300))
      expect(events.received).toEqual([])
    }

    it("compensates everything when one seller's item is out of stock at checkout, then completes once restocked", async () => {
      const cart = await threeSellerCart()
      const container = getContainer()
      const inventory = container.resolve(Modules.INVENTORY)
      // The last seller's lamp sells out between adding it to the cart and checking out:
      // validation passes, the orders, group and links are written, the reservation fails.
      const lamp = marketplace.sellers[2]
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: lamp.variants[0].inventoryItemId,
        location_id: lamp.stockLocationId,
      })
      await inventory.updateInventoryLevels([
        {
          id: level.id,
          inventory_item_id: level.inventory_item_id,
          location_id: level.location_id,
          stocked_quantity: 1,
        },
      ])

      const response = await failure(complete(cart.id))

      expect(response.status).toBe(400)
      const body = response.data as CartFailure
      expect(body.type).toBe("cart")
      expect(body.cart.id).toBe(cart.id)
      expect(body.error.type).toBe("not_allowed")
      expect(body.error.message).toContain(
        `Not enough stock available for item ${lamp.variants[0].inventoryItemId}`
      )
      await expectNothingPlaced(container, cart)

      // The lock was released and the cart is intact: restocked, it completes.
      await inventory.updateInventoryLevels([
        {
          id: level.id,
          inventory_item_id: level.inventory_item_id,
          location_id: level.location_id,
          stocked_quantity: 10,
        },
      ])
      const retry = await complete(cart.id)
      expect(retry.status).toBe(200)
      expect(retry.data.order_group.orders).toHaveLength(3)
      await events.waitFor("order.placed", 3)
      expect(
        events.received.filter((event) => event.name === "order.placed")
      ).toHaveLength(3)
    })

    it("blocks the checkout with a clear error when a seller in the cart is suspended", async () => {
      const cart = await threeSellerCart()
      const container = getContainer()
      const suspended = marketplace.sellers[1]
      await container
        .resolve<SellerModuleService>(SELLER_MODULE)
        .updateSellers({
          id: suspended.id,
          status: "suspended",
          status_reason: "chargebacks",
        })

      const response = await failure(complete(cart.id))

      expect(response.status).toBe(400)
      const body = response.data as CartFailure
      expect(body.type).toBe("cart")
      expect(body.error.type).toBe("not_allowed")
      expect(body.error.message).toBe(
        `Cannot complete the cart: seller "${suspended.name}" (${suspended.id}) is suspended and cannot sell "Beta novel". Remove these items from the cart.`
      )
      await expectNothingPlaced(container, cart)
    })

    it("requires exactly one shipping method per seller", async () => {
      // The third seller's items have no shipping method.
      const cart = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller)),
        shippingOptionIds: marketplace.sellers
          .slice(0, 2)
          .map((seller) => seller.shippingOptionId),
      })
      const response = await failure(complete(cart.id))

      expect(response.status).toBe(400)
      const gamma = marketplace.sellers[2]
      expect((response.data as CartFailure).error.message).toBe(
        `No shipping method chosen for the items of seller "${gamma.name}" (${gamma.id}); add one of its shipping options`
      )
      await expectNothingPlaced(getContainer(), cart)
    })

    it("answers 404 for an unknown cart", async () => {
      const response = await failure(complete("cart_does_not_exist"))
      expect(response.status).toBe(404)
      expect(response.data).toEqual({
        type: "not_found",
        message: "Cart id not found: cart_does_not_exist",
      })
    })
  },
})
