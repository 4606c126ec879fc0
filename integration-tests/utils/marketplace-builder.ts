import type { LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
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
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"

/**
 * A marketplace to shop in, built in-process through Medusa's workflows and the seller
 * module (no mocks, no HTTP): used by the HTTP, reliability and security specs and by the
 * bench. A storefront (a region, a sales channel with a publishable key), optionally a
 * promotion, and per seller an `open` seller with its own shipping profile, stock location
 * (fulfillment set, service zone over the region's countries), shipping option and products
 * whose variants are priced and stocked at its location — all linked to it.
 *
 * A shipping profile per seller is required: Medusa keeps one shipping method per shipping
 * profile in a cart, so sellers sharing a profile would replace each other's method.
 */

export const SHIPPING_ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

export type StorefrontSpec = {
  /** Title of the sales channel and of the publishable key. */
  name?: string
  /**
   * "default": the store's default sales channel, where products created through the
   * vendor routes land; "new" (the default): a sales channel of its own.
   */
  salesChannel?: "new" | "default"
  region?: { name: string; countries: string[] }
  /** false: taxes only through `POST /store/carts/:id/taxes`. */
  automaticTaxes?: boolean
  /** VAT rate (%) of every region country; null: no tax region. */
  vatRate?: number | null
}

export type Storefront = {
  regionId: string
  salesChannelId: string
  publishableKey: string
  /** Headers for /store routes (the publishable key). */
  store: { headers: Record<string, string> }
}

export async function createStorefront(
  container: MedusaContainer,
  spec: StorefrontSpec = {}
): Promise<Storefront> {
  const name = spec.name ?? "Marketplace storefront"
  const region = spec.region ?? { name: "Germany", countries: ["de"] }
  const vatRate = spec.vatRate === undefined ? 19 : spec.vatRate

  const salesChannelId =
    spec.salesChannel === "default"
      ? await defaultSalesChannelId(container)
      : (
          await createSalesChannelsWorkflow(container).run({
            input: { salesChannelsData: [{ name }] },
          })
        ).result[0].id
  const {
    result: [created],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: region.name,
          currency_code: "eur",
          countries: region.countries,
          automatic_taxes: spec.automaticTaxes ?? true,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  if (vatRate !== null) {
    await createTaxRegionsWorkflow(container).run({
      input: region.countries.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
        default_tax_rate: {
          rate: vatRate,
          code: `${country_code.toUpperCase()}${vatRate}`,
          name: "VAT",
        },
      })),
    })
  }
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: name, type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannelId] },
  })
  return {
    regionId: created.id,
    salesChannelId,
    publishableKey: apiKey.token,
    store: { headers: { "x-publishable-api-key": apiKey.token } },
  }
}

async function defaultSalesChannelId(
  container: MedusaContainer
): Promise<string> {
  const [store] = await container.resolve(Modules.STORE).listStores()
  if (!store?.default_sales_channel_id) {
    throw new Error("the store has no default sales channel")
  }
  return store.default_sales_channel_id
}

/** An active order-wide percentage promotion (allocated across the items of every seller). */
export async function createPromotion(
  container: MedusaContainer,
  code: string,
  percent = 10
): Promise<string> {
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "order",
            allocation: "across",
            value: percent,
            currency_code: "eur",
          },
        },
      ],
    },
  })
  return code
}

export type SellerSpec = {
  name: string
  shippingPrice: number
  /** One product per entry, one variant per price (EUR), `stock` units each (100 unless given). */
  products: { title: string; prices: number[]; stock?: number }[]
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
  /** Every product's variants, in the order of the spec's products and prices. */
  variants: {
    id: string
    inventoryItemId: string
    price: number
    sku: string
  }[]
}

const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-")

/** Products per createProductsWorkflow run: the bench creates thousands of variants. */
const PRODUCT_BATCH = 50

/** The sellers of `specs`, created together (one workflow run per kind of record). */
export async function createSellers(
  container: MedusaContainer,
  storefront: Pick<Storefront, "salesChannelId" | "regionId">,
  specs: SellerSpec[],
  log: (message: string) => void = () => {}
): Promise<SellerFixture[]> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const handles = specs.map((spec) => slug(spec.name))
  const countries = await regionCountries(container, storefront.regionId)

  // Plain Medusa (the bench's comparison app) has no seller module: the same catalogue,
  // each "seller" being only its shipping profile, location, option and products.
  const withSellers = container.hasRegistration(SELLER_MODULE)
  const sellers = withSellers
    ? await container.resolve<SellerModuleService>(SELLER_MODULE).createSellers(
        specs.map((spec, index) => ({
          name: spec.name,
          handle: handles[index],
          email: `contact@${handles[index]}.test`,
          status: "open" as const,
        }))
      )
    : specs.map((spec, index) => ({
        id: `plain-${handles[index]}`,
        name: spec.name,
      }))
  const { result: profiles } = await createShippingProfilesWorkflow(
    container
  ).run({
    input: {
      data: specs.map((spec) => ({
        name: `${spec.name} goods`,
        type: "default",
      })),
    },
  })
  const { result: locations } = await createStockLocationsWorkflow(
    container
  ).run({
    input: {
      locations: specs.map((spec) => ({ name: `${spec.name} warehouse` })),
    },
  })
  for (const location of locations) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({
      input: { id: location.id, add: [storefront.salesChannelId] },
    })
  }
  const fulfillmentSets = await container
    .resolve(Modules.FULFILLMENT)
    .createFulfillmentSets(
      specs.map((spec, index) => ({
        name: `${handles[index]}-shipping`,
        type: "shipping",
        service_zones: [
          {
            name: `${spec.name} zone`,
            geo_zones: countries.map((country_code) => ({
              type: "country" as const,
              country_code,
            })),
          },
        ],
      }))
    )
  // Matched by name rather than by position: no fixture rests on the order a workflow answers in.
  const byName = <T extends { name: string }>(records: T[], name: string) => {
    const record = records.find((candidate) => candidate.name === name)
    if (!record) {
      throw new Error(`no record named "${name}" was created`)
    }
    return record
  }
  const sellerRecords = specs.map((spec, index) => ({
    seller: byName(sellers, spec.name),
    handle: handles[index],
    profile: byName(profiles, `${spec.name} goods`),
    location: byName(locations, `${spec.name} warehouse`),
    fulfillmentSet: byName(fulfillmentSets, `${handles[index]}-shipping`),
  }))
  await link.create(
    sellerRecords.flatMap(({ location, fulfillmentSet }) => [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ])
  )
  const { result: options } = await createShippingOptionsWorkflow(
    container
  ).run({
    input: specs.map((spec, index) => ({
      name: `${spec.name} standard`,
      service_zone_id: sellerRecords[index].fulfillmentSet.service_zones[0].id,
      shipping_profile_id: sellerRecords[index].profile.id,
      provider_id: "manual_manual",
      price_type: "flat" as const,
      type: { label: "Standard", description: "2-3 days", code: "standard" },
      prices: [{ currency_code: "eur", amount: spec.shippingPrice }],
      rules: [
        {
          attribute: "enabled_in_store",
          operator: "eq" as const,
          value: "true",
        },
        { attribute: "is_return", operator: "eq" as const, value: "false" },
      ],
    })),
  })
  log(`${specs.length} sellers with profiles, locations and shipping options`)

  const fixtures: SellerFixture[] = specs.map((spec, index) => {
    const { seller, handle, profile, location } = sellerRecords[index]
    return {
      id: seller.id,
      name: seller.name,
      handle,
      stockLocationId: location.id,
      shippingProfileId: profile.id,
      shippingOptionId: byName(options, `${spec.name} standard`).id,
      shippingPrice: spec.shippingPrice,
      productIds: [],
      variants: [],
    }
  })
  await createProducts(container, storefront, specs, fixtures, log)

  if (!withSellers) {
    return fixtures
  }
  await link.create(
    fixtures.flatMap((fixture): LinkDefinition[] => [
      {
        [SELLER_MODULE]: { seller_id: fixture.id },
        [Modules.STOCK_LOCATION]: {
          stock_location_id: fixture.stockLocationId,
        },
      },
      {
        [SELLER_MODULE]: { seller_id: fixture.id },
        [Modules.FULFILLMENT]: { shipping_option_id: fixture.shippingOptionId },
      },
      ...fixture.productIds.map((product_id) => ({
        [SELLER_MODULE]: { seller_id: fixture.id },
        [Modules.PRODUCT]: { product_id },
      })),
    ])
  )
  return fixtures
}

async function regionCountries(
  container: MedusaContainer,
  regionId: string
): Promise<string[]> {
  const region = await container
    .resolve(Modules.REGION)
    .retrieveRegion(regionId, { relations: ["countries"] })
  return (region.countries ?? []).map((country) => country.iso_2)
}

type ProductToCreate = {
  seller: SellerFixture
  title: string
  variants: { sku: string; price: number }[]
  stock: number
}

/** Products, stock levels at the seller's location, and the fixtures' productIds/variants. */
async function createProducts(
  container: MedusaContainer,
  storefront: Pick<Storefront, "salesChannelId">,
  specs: SellerSpec[],
  fixtures: SellerFixture[],
  log: (message: string) => void
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const all: ProductToCreate[] = specs.flatMap((spec, index) =>
    spec.products.map((product) => ({
      seller: fixtures[index],
      title: product.title,
      variants: product.prices.map((price, variant) => ({
        sku: `${fixtures[index].handle}-${slug(product.title)}-${variant + 1}`,
        price,
      })),
      stock: product.stock ?? 100,
    }))
  )
  let variantCount = 0
  for (let start = 0; start < all.length; start += PRODUCT_BATCH) {
    const batch = all.slice(start, start + PRODUCT_BATCH)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map((product) => ({
          title: product.title,
          status: "published" as const,
          shipping_profile_id: product.seller.shippingProfileId,
          options: [
            {
              title: "Edition",
              values: product.variants.map((_, index) => `E${index + 1}`),
            },
          ],
          variants: product.variants.map((variant, index) => ({
            title: `${product.title} E${index + 1}`,
            sku: variant.sku,
            options: { Edition: `E${index + 1}` },
            manage_inventory: true,
            prices: [{ currency_code: "eur", amount: variant.price }],
          })),
          sales_channels: [{ id: storefront.salesChannelId }],
        })),
      },
    })
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "sku", "product_id", "inventory_items.inventory_item_id"],
      filters: { product_id: products.map((product) => product.id) },
    })
    const bySku = new Map(variants.map((variant) => [variant.sku, variant]))
    const levels: {
      inventory_item_id: string
      location_id: string
      stocked_quantity: number
    }[] = []
    for (const product of batch) {
      const created = product.variants.map(({ sku, price }) => {
        const variant = bySku.get(sku)
        const inventoryItemId = variant?.inventory_items?.[0]?.inventory_item_id
        if (!variant || !inventoryItemId) {
          throw new Error(
            `variant ${sku} was not created with an inventory item`
          )
        }
        return { id: variant.id, inventoryItemId, price, sku }
      })
      product.seller.productIds.push(bySku.get(created[0].sku)!.product_id!)
      product.seller.variants.push(...created)
      levels.push(
        ...created.map(({ inventoryItemId }) => ({
          inventory_item_id: inventoryItemId,
          location_id: product.seller.stockLocationId,
          stocked_quantity: product.stock,
        }))
      )
    }
    await createInventoryLevelsWorkflow(container).run({
      input: { inventory_levels: levels },
    })
    variantCount += variants.length
    log(`${start + batch.length} products, ${variantCount} variants`)
  }
}

export type MarketplaceFixture = Storefront & {
  sellers: SellerFixture[]
  /** A 10 % order-wide promotion code (allocated across the items of every seller). */
  promoCode: string
}

/** Three sellers with odd prices, so taxes and the promotion produce fractions of a cent. */
export const THREE_SELLERS: SellerSpec[] = [
  {
    name: "Alpha Apparel",
    shippingPrice: 4.95,
    products: [{ title: "Alpha tee", prices: [19.99, 24.49] }],
  },
  {
    name: "Beta Books",
    shippingPrice: 3.5,
    products: [{ title: "Beta novel", prices: [12.37] }],
  },
  {
    name: "Gamma Gadgets",
    shippingPrice: 7.13,
    products: [{ title: "Gamma lamp", prices: [33.33] }],
  },
]

/** The specs' default: a German storefront (19 % VAT), the MARKET10 promotion and the sellers. */
export async function createMarketplace(
  container: MedusaContainer,
  sellers: SellerSpec[] = THREE_SELLERS
): Promise<MarketplaceFixture> {
  const storefront = await createStorefront(container)
  const promoCode = await createPromotion(container, "MARKET10")
  return {
    ...storefront,
    sellers: await createSellers(container, storefront, sellers),
    promoCode,
  }
}
