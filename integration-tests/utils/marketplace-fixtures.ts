import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createInventoryLevelsWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"
import type { Headers } from "./sellers"

/**
 * A marketplace to shop in, built through Medusa's workflows and the seller module (no
 * mocks): one region (EUR, Germany, 19 % VAT, `pp_system_default`), one sales channel
 * with a publishable key, and per seller an `open` seller with its own shipping profile,
 * stock location (fulfillment set, German service zone), shipping option and products
 * whose variants are priced and stocked at its location — all linked to it.
 *
 * A shipping profile per seller is required: Medusa keeps one shipping method per shipping
 * profile in a cart, so sellers sharing a profile would replace each other's method.
 */
export type MarketplaceFixture = {
  regionId: string
  salesChannelId: string
  /** Headers for /store routes (the publishable key). */
  store: { headers: Record<string, string> }
  sellers: SellerFixture[]
  /** A 10 % order-wide promotion code (allocated across the items of every seller). */
  promoCode: string
}

export type SellerFixture = {
  id: string
  name: string
  handle: string
  stockLocationId: string
  shippingProfileId: string
  shippingOptionId: string
  shippingPrice: number
  productIds: string[]
  variants: { id: string; inventoryItemId: string; price: number; sku: string }[]
}

export type SellerSpec = {
  name: string
  shippingPrice: number
  /** One product per entry, one variant per price. */
  products: { title: string; prices: number[]; stock?: number }[]
}

export const SHIPPING_ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

/** Three sellers with odd prices, so taxes and the promotion produce fractions of a cent. */
export const THREE_SELLERS: SellerSpec[] = [
  { name: "Alpha Apparel", shippingPrice: 4.95, products: [{ title: "Alpha tee", prices: [19.99, 24.49] }] },
  { name: "Beta Books", shippingPrice: 3.5, products: [{ title: "Beta novel", prices: [12.37] }] },
  { name: "Gamma Gadgets", shippingPrice: 7.13, products: [{ title: "Gamma lamp", prices: [33.33] }] },
]

export async function createMarketplace(
  container: MedusaContainer,
  sellers: SellerSpec[] = THREE_SELLERS
): Promise<MarketplaceFixture> {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Marketplace storefront" }] },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Germany",
          currency_code: "eur",
          countries: ["de"],
          automatic_taxes: true,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "de",
        provider_id: "tp_system",
        default_tax_rate: { rate: 19, code: "DE19", name: "German VAT" },
      },
    ],
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Marketplace storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })
  const promoCode = "MARKET10"
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: promoCode,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "order",
            allocation: "across",
            value: 10,
            currency_code: "eur",
          },
        },
      ],
    },
  })

  const fixtures: SellerFixture[] = []
  for (const spec of sellers) {
    fixtures.push(await createSellerFixture(container, spec, salesChannel.id))
  }

  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    store: { headers: { "x-publishable-api-key": apiKey.token } },
    sellers: fixtures,
    promoCode,
  }
}

async function createSellerFixture(
  container: MedusaContainer,
  spec: SellerSpec,
  salesChannelId: string
): Promise<SellerFixture> {
  const handle = spec.name.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  const seller = await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers({
    name: spec.name,
    handle,
    email: `contact@${handle}.test`,
    status: "open",
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: `${spec.name} goods`, type: "default" }] },
  })
  const shippingProfileId = profile.id

  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: `${spec.name} warehouse` }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  const fulfillmentSet = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: `${handle}-shipping`,
    type: "shipping",
    service_zones: [{ name: `${spec.name} Germany`, geo_zones: [{ type: "country", country_code: "de" }] }],
  })
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
  ])
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: `${spec.name} standard`,
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfileId,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: spec.shippingPrice }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      },
    ],
  })

  const { result: products } = await createProductsWorkflow(container).run({
    input: {
      products: spec.products.map((product) => ({
        title: product.title,
        status: "published" as const,
        shipping_profile_id: shippingProfileId,
        options: [{ title: "Edition", values: product.prices.map((_, index) => `E${index + 1}`) }],
        variants: product.prices.map((price, index) => ({
          title: `${product.title} E${index + 1}`,
          sku: `${handle}-${product.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${index + 1}`,
          options: { Edition: `E${index + 1}` },
          manage_inventory: true,
          prices: [{ currency_code: "eur", amount: price }],
        })),
        sales_channels: [{ id: salesChannelId }],
      })),
    },
  })

  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variants: SellerFixture["variants"] = []
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const [productIndex, product] of products.entries()) {
    const spec_ = spec.products[productIndex]
    for (const variant of product.variants) {
      const {
        data: [withInventory],
      } = await query.graph({
        entity: "variant",
        fields: ["id", "inventory_items.inventory_item_id"],
        filters: { id: variant.id },
      })
      const inventoryItemId = withInventory.inventory_items?.[0]?.inventory_item_id
      if (!inventoryItemId) {
        throw new Error(`variant ${variant.id} has no inventory item`)
      }
      const price = spec_.prices[product.variants.indexOf(variant)]
      variants.push({ id: variant.id, inventoryItemId, price, sku: variant.sku ?? "" })
      levels.push({
        inventory_item_id: inventoryItemId,
        location_id: location.id,
        stocked_quantity: spec_.stock ?? 100,
      })
    }
  }
  await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })

  await link.create([
    { [SELLER_MODULE]: { seller_id: seller.id }, [Modules.STOCK_LOCATION]: { stock_location_id: location.id } },
    { [SELLER_MODULE]: { seller_id: seller.id }, [Modules.FULFILLMENT]: { shipping_option_id: option.id } },
    ...products.map((product) => ({
      [SELLER_MODULE]: { seller_id: seller.id },
      [Modules.PRODUCT]: { product_id: product.id },
    })),
  ])

  return {
    id: seller.id,
    name: seller.name,
    handle,
    stockLocationId: location.id,
    shippingProfileId,
    shippingOptionId: option.id,
    shippingPrice: spec.shippingPrice,
    productIds: products.map((product) => product.id),
    variants,
  }
}

export type CartLine = { variant_id: string; quantity: number }

/**
 * A cart ready to complete, built through the store routes as a storefront would: items,
 * address and email, one shipping method per given option, the promotion when asked, and
 * a `pp_system_default` payment session. Returns the cart as `GET /store/carts/:id` shows it.
 */
export async function createReadyCart(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  options: { lines: CartLine[]; shippingOptionIds: string[]; promoCode?: string; email?: string }
): Promise<StoreCart> {
  const { store } = marketplace
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: marketplace.regionId,
      // Concurrent carts need distinct guest emails: Medusa creates the guest customer
      // per email and two simultaneous creations of one email fail with a 400.
      email: options.email ?? "ada@example.test",
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
    },
    store
  )
  for (const line of options.lines) {
    await api.post(`/store/carts/${cart.id}/line-items`, line, store)
  }
  for (const optionId of options.shippingOptionIds) {
    await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: optionId }, store)
  }
  if (options.promoCode) {
    await api.post(`/store/carts/${cart.id}/promotions`, { promo_codes: [options.promoCode] }, store)
  }
  await startSystemPayment(api, cart.id, store)
  return readCart(api, marketplace, cart.id)
}

/** The last step before completing a cart: its payment collection with a `pp_system_default` session. */
export async function startSystemPayment(api: AxiosInstance, cartId: string, headers: Headers): Promise<void> {
  const {
    data: { payment_collection },
  } = await api.post("/store/payment-collections", { cart_id: cartId }, headers)
  await api.post(
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" },
    headers
  )
}

/** The part of a store cart the checkout specs read. */
export type StoreCart = {
  id: string
  total: number
  subtotal: number
  tax_total: number
  discount_total: number
  shipping_total: number
  completed_at: string | null
  items: { id: string; variant_id: string; quantity: number; total: number }[]
  shipping_methods: { id: string; shipping_option_id: string; total: number }[]
  payment_collection?: { id: string; payment_sessions?: { id: string; status: string }[] } | null
}

export async function readCart(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  cartId: string
): Promise<StoreCart> {
  const { data } = await api.get(`/store/carts/${cartId}`, {
    ...marketplace.store,
    params: {
      fields: "+payment_collection.payment_sessions.status,+completed_at,+items.total,+shipping_methods.total",
    },
  })
  return data.cart
}

/** Every line of each seller's variants, `quantity` each. */
export function linesOf(seller: SellerFixture, quantity = 1): CartLine[] {
  return seller.variants.map((variant) => ({ variant_id: variant.id, quantity }))
}

/**
 * Records the events our subscribers receive, through a real subscription on the event
 * bus (not a spy on emit). `waitFor` polls, bounded, until `count` events of a name arrived.
 */
export function recordEvents(container: MedusaContainer, names: string[]) {
  const received: { name: string; data: { id: string } }[] = []
  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  for (const name of names) {
    eventBus.subscribe(
      name,
      async (event) => {
        received.push({ name, data: event.data as { id: string } })
      },
      { subscriberId: `marketplace-fixtures-record-${name}` }
    )
  }
  const waitFor = async (name: string, count: number, timeoutMs = 20000) => {
    const deadline = Date.now() + timeoutMs
    const arrived = () => received.filter((event) => event.name === name).length
    while (arrived() < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    if (arrived() < count) {
      throw new Error(`expected ${count} "${name}" events within ${timeoutMs} ms, got ${arrived()}`)
    }
  }
  return { received, waitFor }
}
