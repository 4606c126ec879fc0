import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  updateCartWorkflow,
  updateRegionsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance, AxiosResponse } from "axios"
import { SELLER_MODULE } from "../../../src/modules/seller"
import { SHIPPING_ADDRESS } from "../../utils/marketplace-builder"
import { createCustomerSession } from "../../utils/store-cart"
import {
  CartCacheStorefront,
  createCartCacheStorefront,
} from "./cart-cache-storefront"

/** The part of a store cart the assertions read. */
type StoreCart = {
  id: string
  email: string | null
  completed_at: string | null
  total: number
  tax_total: number
  discount_total: number
  shipping_total: number
  region?: { name: string }
  customer?: { email: string } | null
  shipping_address?: { city: string } | null
  promotions: { code: string }[]
  shipping_methods: { shipping_option_id: string }[]
  items: { id: string; variant_id: string; quantity: number }[]
  payment_collection?: {
    id: string
    payment_sessions?: { provider_id: string }[]
  } | null
}

type Suite = { api: AxiosInstance; getContainer: () => MedusaContainer }

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Shared steps of the specs: the storefront, and reads and writes on one cart. */
function shop({ api, getContainer }: Suite) {
  let storefront: CartCacheStorefront
  beforeAll(async () => {
    storefront = await createCartCacheStorefront(getContainer())
  })

  const read = async (cartId: string, fields?: string): Promise<StoreCart> => {
    const { data } = await api.get(`/store/carts/${cartId}`, {
      ...storefront.store,
      params: fields ? { fields } : undefined,
    })
    return data.cart
  }
  const addItem = async (
    cartId: string,
    variant = 0,
    quantity = 1
  ): Promise<StoreCart> => {
    const { data } = await api.post(
      `/store/carts/${cartId}/line-items`,
      { variant_id: storefront.variantIds[variant], quantity },
      storefront.store
    )
    return data.cart
  }
  /** Changes the cart in the database behind every route and event the cache listens to. */
  const changeBehindTheCache = async (cartId: string, email: string) => {
    await getContainer().resolve(Modules.CART).updateCarts(cartId, { email })
  }
  /** Polls (bounded) until the read satisfies the check; returns the last read. */
  const eventually = async (
    cartId: string,
    check: (cart: StoreCart) => boolean,
    fields?: string
  ): Promise<StoreCart> => {
    let cart = await read(cartId, fields)
    for (let attempt = 0; attempt < 50 && !check(cart); attempt++) {
      await sleep(100)
      cart = await read(cartId, fields)
    }
    return cart
  }

  return {
    storefront: () => storefront,
    read,
    addItem,
    changeBehindTheCache,
    eventually,
    newCart: async () => {
      const { data } = await api.post(
        "/store/carts",
        {
          region_id: storefront.regionId,
          sales_channel_id: storefront.salesChannelId,
        },
        storefront.store
      )
      return data.cart.id as string
    },
  }
}

type Shop = ReturnType<typeof shop>

/**
 * The cart cache specs, run by each cart-cache*.spec.ts against its providers:
 * (a) every mutation route is reflected by the next read, (f) lock conflicts, and
 * with the cache on (b) fields variants, (c) racing reads, (d) cache hits.
 */
export function cartCacheSuite(suite: Suite, options: { cached: boolean }) {
  const helpers = shop(suite)
  describe("cart locks", () => lockSpecs(suite, helpers))
  describe("cart cache", () => cacheSpecs(suite, helpers, options))
}

function cacheSpecs(suite: Suite, helpers: Shop, options: { cached: boolean }) {
  const { api } = suite
  const {
    storefront,
    read,
    addItem,
    changeBehindTheCache,
    eventually,
    newCart,
  } = helpers

  const shippingOptionsOf = async (
    cartId: string
  ): Promise<
    { id: string; seller_id: string; insufficient_inventory?: boolean }[]
  > => {
    const { data } = await api.get("/store/shipping-options", {
      ...storefront().store,
      params: { cart_id: cartId },
    })
    return data.shipping_options
  }
  const paymentProviders = async (): Promise<string[]> => {
    const { data } = await api.get("/store/payment-providers", {
      ...storefront().store,
      params: { region_id: storefront().regionId },
    })
    return data.payment_providers.map((provider: { id: string }) => provider.id)
  }
  /** Polls (bounded) until `read` satisfies the check; returns the last value. */
  const until = async <T>(
    readValue: () => Promise<T>,
    check: (value: T) => boolean
  ): Promise<T> => {
    let value = await readValue()
    for (let attempt = 0; attempt < 50 && !check(value); attempt++) {
      await sleep(100)
      value = await readValue()
    }
    return value
  }
  const cartWithAddress = async () => {
    const cartId = await newCart()
    await api.post(
      `/store/carts/${cartId}`,
      { shipping_address: SHIPPING_ADDRESS },
      storefront().store
    )
    return cartId
  }

  /** Reads twice (the second read is a cache hit when caching is on), mutates, reads again. */
  const afterMutation = async (
    cartId: string,
    mutate: () => Promise<unknown>
  ) => {
    await read(cartId)
    await read(cartId)
    await mutate()
    return await read(cartId)
  }

  if (!options.cached) {
    it("serves no cached cart when the Caching Module is off, and the routes still work", async () => {
      const cartId = await newCart()
      await read(cartId)
      await changeBehindTheCache(cartId, "behind@cart.test")
      expect((await read(cartId)).email).toBe("behind@cart.test")
      await addItem(cartId)
      expect((await read(cartId)).items).toHaveLength(1)
      await api.post(
        `/store/carts/${cartId}`,
        { shipping_address: SHIPPING_ADDRESS },
        storefront().store
      )
      expect(
        (await shippingOptionsOf(cartId)).map((option) => option.id)
      ).toEqual([storefront().shippingOptionId])
      expect(await paymentProviders()).toEqual(["pp_system_default"])
    })
    return
  }

  describe("a read after each cart mutation", () => {
    it("reflects every store cart and payment collection route", async () => {
      const { store, variantIds, shippingOptionId, promoCode } = storefront()
      const cartId = await newCart()
      const url = `/store/carts/${cartId}`

      let cart = await afterMutation(cartId, () =>
        api.post(url, { email: "first@cart.test" }, store)
      )
      expect(cart.email).toBe("first@cart.test")

      cart = await afterMutation(cartId, () => addItem(cartId, 0, 1))
      expect(cart.items).toHaveLength(1)
      const lineId = cart.items[0].id

      cart = await afterMutation(cartId, () =>
        api.post(`${url}/line-items/${lineId}`, { quantity: 3 }, store)
      )
      expect(cart.items[0].quantity).toBe(3)

      cart = await afterMutation(cartId, () => addItem(cartId, 1, 1))
      expect(cart.items.map((item) => item.variant_id).sort()).toEqual(
        [...variantIds].sort()
      )
      const secondLine = cart.items.find(
        (item) => item.variant_id === variantIds[1]
      )!

      cart = await afterMutation(cartId, () =>
        api.delete(`${url}/line-items/${secondLine.id}`, store)
      )
      expect(cart.items.map((item) => item.id)).toEqual([lineId])

      cart = await afterMutation(cartId, () =>
        api.post(url, { shipping_address: SHIPPING_ADDRESS }, store)
      )
      expect(cart.shipping_address?.city).toBe("Berlin")

      cart = await afterMutation(cartId, () =>
        api.post(
          `${url}/shipping-methods`,
          { option_id: shippingOptionId },
          store
        )
      )
      expect(
        cart.shipping_methods.map((method) => method.shipping_option_id)
      ).toEqual([shippingOptionId])
      expect(cart.shipping_total).toBe(5)

      cart = await afterMutation(cartId, () =>
        api.post(`${url}/promotions`, { promo_codes: [promoCode] }, store)
      )
      expect(cart.promotions.map((promotion) => promotion.code)).toEqual([
        promoCode,
      ])
      expect(cart.discount_total).toBeGreaterThan(0)

      cart = await afterMutation(cartId, () =>
        api.delete(`${url}/promotions`, {
          ...store,
          data: { promo_codes: [promoCode] },
        })
      )
      expect(cart.promotions).toEqual([])
      expect(cart.discount_total).toBe(0)

      expect(cart.tax_total).toBe(0)
      cart = await afterMutation(cartId, () =>
        api.post(`${url}/taxes`, {}, store)
      )
      expect(cart.tax_total).toBeGreaterThan(0)

      const customer = await createCustomerSession(
        api,
        storefront(),
        "shopper@cart.test"
      )
      cart = await afterMutation(cartId, () =>
        api.post(`${url}/customer`, {}, customer)
      )
      expect(cart.customer?.email).toBe("shopper@cart.test")

      let paymentCollectionId = ""
      cart = await afterMutation(cartId, async () => {
        const { data } = await api.post(
          "/store/payment-collections",
          { cart_id: cartId },
          store
        )
        paymentCollectionId = data.payment_collection.id
      })
      expect(cart.payment_collection?.id).toBe(paymentCollectionId)
      expect(cart.payment_collection?.payment_sessions ?? []).toEqual([])

      cart = await afterMutation(cartId, () =>
        api.post(
          `/store/payment-collections/${paymentCollectionId}/payment-sessions`,
          { provider_id: "pp_system_default" },
          store
        )
      )
      expect(
        cart.payment_collection?.payment_sessions?.map((s) => s.provider_id)
      ).toEqual(["pp_system_default"])

      // Completion is the checkout's business (the marketplace one refuses carts without
      // sellers); whatever it answers, the next read shows what the database holds.
      expect(cart.completed_at).toBeNull()
      cart = await afterMutation(cartId, () =>
        api.post(
          `${url}/complete`,
          {},
          { ...store, validateStatus: () => true }
        )
      )
      const stored = await suite
        .getContainer()
        .resolve(Modules.CART)
        .retrieveCart(cartId)
      expect(cart.completed_at === null).toBe(stored.completed_at == null)
    })

    it("reflects a mutation that failed after the read (error responses invalidate too)", async () => {
      const cartId = await newCart()
      await addItem(cartId)
      const before = await read(cartId)
      const response = await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: "variant_does_not_exist", quantity: 1 },
        { ...storefront().store, validateStatus: () => true }
      )
      expect(response.status).toBeGreaterThanOrEqual(400)
      expect(response.status).toBeLessThan(500)
      expect((await read(cartId)).items).toEqual(before.items)
    })
  })

  describe("cache hits", () => {
    it("serves a repeated read from the cache until the cart is mutated", async () => {
      const cartId = await newCart()
      await addItem(cartId)
      const cached = await read(cartId)
      await changeBehindTheCache(cartId, "behind@cart.test")

      // Had the read queried the database, it would show the new email.
      expect(await read(cartId)).toEqual(cached)

      await addItem(cartId)
      const fresh = await read(cartId)
      expect(fresh.email).toBe("behind@cart.test")
      expect(fresh.items[0].quantity).toBe(2)
    })

    it("caches each fields variant on its own, and the same fields in any order together", async () => {
      const cartId = await newCart()
      await api.post(
        `/store/carts/${cartId}`,
        { email: "old@cart.test" },
        storefront().store
      )
      const narrow = await read(cartId, "id,email")
      const wide = await read(cartId)
      expect(narrow).toEqual({ id: cartId, email: "old@cart.test" })
      expect(wide.total).toBeDefined()

      await changeBehindTheCache(cartId, "new@cart.test")
      expect(await read(cartId, "email,id")).toEqual(narrow)
      expect(await read(cartId, "id,email,email")).toEqual(narrow)
      expect(await read(cartId)).toEqual(wide)
      // A variant never read before comes from the database.
      expect((await read(cartId, "id,email,total")).email).toBe("new@cart.test")

      await addItem(cartId)
      expect(await read(cartId, "id,email")).toEqual({
        id: cartId,
        email: "new@cart.test",
      })
      expect((await read(cartId)).items).toHaveLength(1)
    })
  })

  describe("reads racing mutations", () => {
    it("never leaves a stale cart cached", async () => {
      const { store } = storefront()
      const cartId = await newCart()
      const lineId = (await addItem(cartId)).items[0].id

      for (let round = 2; round <= 5; round++) {
        const readers = Array.from({ length: 8 }, (_, index) =>
          sleep(index * 15).then(() => read(cartId))
        )
        const writer = api
          .post(
            `/store/carts/${cartId}/line-items/${lineId}`,
            { quantity: round },
            store
          )
          .then(() => read(cartId))
        const [afterWrite] = await Promise.all([writer, ...readers])
        expect(afterWrite.items[0].quantity).toBe(round)

        // Whatever the racing reads stored, what is served now is the committed cart.
        for (let i = 0; i < 3; i++) {
          expect((await read(cartId)).items[0].quantity).toBe(round)
        }
      }
    })
  })

  describe("changes made outside the cart routes", () => {
    it("invalidates on cart events of workflows run elsewhere", async () => {
      const cartId = await newCart()
      await read(cartId)
      await read(cartId)
      await updateCartWorkflow(suite.getContainer()).run({
        input: { id: cartId, email: "workflow@cart.test" },
      })
      const cart = await eventually(
        cartId,
        (c) => c.email === "workflow@cart.test"
      )
      expect(cart.email).toBe("workflow@cart.test")
    })

    it("invalidates every cart when the region it shows changes", async () => {
      const { regionId } = storefront()
      const cartId = await newCart()
      await addItem(cartId)
      expect((await read(cartId)).region?.name).toBe("Germany")
      await read(cartId)
      await updateRegionsWorkflow(suite.getContainer()).run({
        input: { selector: { id: regionId }, update: { name: "Deutschland" } },
      })
      const region = await eventually(
        cartId,
        (c) => c.region?.name === "Deutschland"
      )
      expect(region.region?.name).toBe("Deutschland")
    })
  })

  describe("shipping options of a cart and the region's payment providers", () => {
    const sellerOptionLink = () => ({
      [SELLER_MODULE]: { seller_id: storefront().sellerId },
      [Modules.FULFILLMENT]: {
        shipping_option_id: storefront().shippingOptionId,
      },
    })

    it("serves a cart's shipping options from the cache until the cart changes", async () => {
      const link = suite.getContainer().resolve(ContainerRegistrationKeys.LINK)
      const cartId = await cartWithAddress()
      await addItem(cartId)
      const cached = await shippingOptionsOf(cartId)
      expect(cached.map((option) => option.seller_id)).toEqual([
        storefront().sellerId,
      ])
      // Behind every route and event: the option no longer belongs to the seller.
      await link.dismiss(sellerOptionLink())
      try {
        expect(await shippingOptionsOf(cartId)).toEqual(cached)
        await addItem(cartId)
        expect(await shippingOptionsOf(cartId)).toEqual([])
      } finally {
        await link.create(sellerOptionLink())
      }
    })

    it("shows a cart's shipping options as they are after each cart mutation", async () => {
      const cartId = await cartWithAddress()
      expect(await shippingOptionsOf(cartId)).toEqual([])
      expect(await shippingOptionsOf(cartId)).toEqual([])
      await addItem(cartId)
      expect(
        (await shippingOptionsOf(cartId)).map((option) => option.id)
      ).toEqual([storefront().shippingOptionId])
      const lineId = (await read(cartId)).items[0].id
      await shippingOptionsOf(cartId)
      await api.delete(
        `/store/carts/${cartId}/line-items/${lineId}`,
        storefront().store
      )
      expect(await shippingOptionsOf(cartId)).toEqual([])
    })

    it("never leaves stale shipping options cached when reads race a mutation", async () => {
      for (let round = 0; round < 3; round++) {
        const cartId = await cartWithAddress()
        const readers = Array.from({ length: 8 }, (_, index) =>
          sleep(index * 15).then(() => shippingOptionsOf(cartId))
        )
        const writer = addItem(cartId).then(() => shippingOptionsOf(cartId))
        const [afterWrite] = await Promise.all([writer, ...readers])
        expect(afterWrite).toHaveLength(1)
        for (let i = 0; i < 3; i++) {
          expect(await shippingOptionsOf(cartId)).toHaveLength(1)
        }
      }
    })

    it("shows a stock change at the seller's location in the cached options", async () => {
      const container = suite.getContainer()
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const inventory = container.resolve(Modules.INVENTORY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["inventory_items.inventory_item_id"],
        filters: { id: storefront().variantIds[0] },
      })
      const inventoryItemId = (
        data[0] as { inventory_items: { inventory_item_id: string }[] }
      ).inventory_items[0].inventory_item_id
      const [level] = await inventory.listInventoryLevels({
        inventory_item_id: inventoryItemId,
      })
      const setStock = (stocked_quantity: number) =>
        inventory.updateInventoryLevels([
          {
            inventory_item_id: inventoryItemId,
            location_id: level.location_id,
            stocked_quantity,
          },
        ])
      const cartId = await cartWithAddress()
      await addItem(cartId)
      const flagged = () =>
        shippingOptionsOf(cartId).then(
          (options) => options[0]?.insufficient_inventory
        )
      expect(await flagged()).toBe(false)
      expect(await flagged()).toBe(false)
      try {
        await setStock(0)
        expect(await until(flagged, (value) => value === true)).toBe(true)
      } finally {
        await setStock(level.stocked_quantity)
      }
      expect(await until(flagged, (value) => value === false)).toBe(false)
    })

    it("serves the region's payment providers from the cache until the region changes", async () => {
      const container = suite.getContainer()
      const link = container.resolve(ContainerRegistrationKeys.LINK)
      const { regionId } = storefront()
      const regionProvider = {
        [Modules.REGION]: { region_id: regionId },
        [Modules.PAYMENT]: { payment_provider_id: "pp_system_default" },
      }
      expect(await paymentProviders()).toEqual(["pp_system_default"])
      await link.dismiss(regionProvider)
      try {
        // Behind every route and event: served from the cache.
        expect(await paymentProviders()).toEqual(["pp_system_default"])
        await updateRegionsWorkflow(container).run({
          input: { selector: { id: regionId }, update: { name: "Germania" } },
        })
        expect(await until(paymentProviders, (ids) => !ids.length)).toEqual([])
      } finally {
        await link.create(regionProvider)
        await updateRegionsWorkflow(container).run({
          input: { selector: { id: regionId }, update: { name: "Germany" } },
        })
      }
      expect(await until(paymentProviders, (ids) => ids.length === 1)).toEqual([
        "pp_system_default",
      ])
    })
  })
}

/** (f) lock conflicts on one cart answer 409 with Medusa's error body, never 500. */
function lockSpecs(suite: Suite, helpers: Shop) {
  const { api, getContainer } = suite
  const { storefront, read, addItem, newCart } = helpers
  const OWNER = "cart-cache-spec"

  const tryAdd = (cartId: string): Promise<AxiosResponse> =>
    api.post(
      `/store/carts/${cartId}/line-items`,
      { variant_id: storefront().variantIds[0], quantity: 1 },
      { ...storefront().store, validateStatus: () => true }
    )

  const expectConflict = (response: AxiosResponse) => {
    expect(response.status).toBe(409)
    expect(response.data).toEqual(
      expect.objectContaining({ type: "conflict", message: expect.any(String) })
    )
  }

  it("answers 409 while another request holds the cart's lock, then accepts the add", async () => {
    const cartId = await newCart()
    const locking = getContainer().resolve(Modules.LOCKING)
    await locking.acquire(cartId, { ownerId: OWNER, expire: 30 })
    try {
      expectConflict(await tryAdd(cartId))
    } finally {
      await locking.release(cartId, { ownerId: OWNER })
    }
    expect((await tryAdd(cartId)).status).toBe(200)
    expect((await read(cartId)).items.map((item) => item.quantity)).toEqual([1])
  })

  it("answers simultaneous adds on one cart with 200 or 409, never 5xx, and keeps the cart exact", async () => {
    const cartId = await newCart()
    await addItem(cartId)
    const locking = getContainer().resolve(Modules.LOCKING)
    // Hold the lock through most of the adds' 2 s wait, as a slow concurrent write would:
    // when it is released they all retry at once, one wins and the others time out.
    await locking.acquire(cartId, { ownerId: OWNER, expire: 30 })
    const adds = Array.from({ length: 5 }, () => tryAdd(cartId))
    await sleep(1900)
    await locking.release(cartId, { ownerId: OWNER })
    const responses = await Promise.all(adds)

    const statuses = responses.map((response) => response.status)
    expect(statuses.every((status) => status === 200 || status === 409)).toBe(
      true
    )
    expect(statuses).toContain(200)
    expect(statuses).toContain(409)
    responses
      .filter((response) => response.status === 409)
      .forEach(expectConflict)

    const accepted = statuses.filter((status) => status === 200).length
    expect((await read(cartId)).items.map((item) => item.quantity)).toEqual([
      1 + accepted,
    ])
  })
}
