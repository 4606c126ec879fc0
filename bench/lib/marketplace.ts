import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createApiKeysWorkflow,
  createCartWorkflow,
  createInventoryLevelsWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
  createProductsWorkflow,
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
 * Bench data, built through Medusa's workflows and the seller module in batches (the
 * same shape as integration-tests/utils/marketplace-fixtures.ts: one region, one sales
 * channel with a publishable key, per seller its own shipping profile, stock location with
 * a fulfillment set, one shipping option and products whose variants are priced and
 * stocked at its location, all linked to the seller).
 */
export type BenchCatalogSize = {
  sellers: number
  productsPerSeller: number
  variantsPerProduct: number
  stock: number
}

export type BenchSeller = {
  id: string
  handle: string
  shippingOptionId: string
  variantIds: string[]
}

export type BenchMarketplace = {
  regionId: string
  salesChannelId: string
  publishableKey: string
  sellers: BenchSeller[]
  counts: { sellers: number; products: number; variants: number }
}

export const BENCH_ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

const SIZES = ["XS", "S", "M", "L", "XL", "XXL", "3XL", "4XL"]
const PRODUCT_BATCH = 50

export async function seedBenchMarketplace(
  container: MedusaContainer,
  size: BenchCatalogSize,
  log: (message: string) => void = () => {}
): Promise<BenchMarketplace> {
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)

  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Bench storefront" }] },
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
      { country_code: "de", provider_id: "tp_system", default_tax_rate: { rate: 19, code: "DE19", name: "German VAT" } },
    ],
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Bench storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: apiKey.id, add: [salesChannel.id] } })

  const names = Array.from({ length: size.sellers }, (_, index) => `Bench Seller ${String(index + 1).padStart(3, "0")}`)
  const handles = names.map((name) => name.toLowerCase().replace(/[^a-z0-9]+/g, "-"))

  const sellerService = container.resolve<SellerModuleService>(SELLER_MODULE)
  const sellers = await sellerService.createSellers(
    names.map((name, index) => ({ name, handle: handles[index], email: `contact@${handles[index]}.test`, status: "open" as const }))
  )

  const { result: profiles } = await createShippingProfilesWorkflow(container).run({
    input: { data: names.map((name) => ({ name: `${name} goods`, type: "default" })) },
  })
  const { result: locations } = await createStockLocationsWorkflow(container).run({
    input: { locations: names.map((name) => ({ name: `${name} warehouse` })) },
  })
  for (const location of locations) {
    await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannel.id] } })
  }
  const fulfillmentSets = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets(
    names.map((name, index) => ({
      name: `${handles[index]}-shipping`,
      type: "shipping",
      service_zones: [{ name: `${name} Germany`, geo_zones: [{ type: "country" as const, country_code: "de" }] }],
    }))
  )
  await link.create(
    locations.flatMap((location, index) => [
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSets[index].id },
      },
      {
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      },
    ])
  )
  const { result: options } = await createShippingOptionsWorkflow(container).run({
    input: names.map((name, index) => ({
      name: `${name} standard`,
      service_zone_id: fulfillmentSets[index].service_zones[0].id,
      shipping_profile_id: profiles[index].id,
      provider_id: "manual_manual",
      price_type: "flat" as const,
      type: { label: "Standard", description: "2-3 days", code: "standard" },
      prices: [{ currency_code: "eur", amount: 3.9 + (index % 5) }],
      rules: [
        { attribute: "enabled_in_store", operator: "eq" as const, value: "true" },
        { attribute: "is_return", operator: "eq" as const, value: "false" },
      ],
    })),
  })
  log(`${size.sellers} sellers with profiles, locations and shipping options`)

  const variantIds: string[][] = names.map(() => [])
  const productLinks: Record<string, Record<string, string>>[] = []
  type ProductSpec = { sellerIndex: number; productIndex: number }
  const specs: ProductSpec[] = []
  for (let productIndex = 0; productIndex < size.productsPerSeller; productIndex++) {
    for (let sellerIndex = 0; sellerIndex < size.sellers; sellerIndex++) {
      specs.push({ sellerIndex, productIndex })
    }
  }
  const sizes = SIZES.slice(0, Math.max(1, Math.min(size.variantsPerProduct, SIZES.length)))
  let productCount = 0
  let variantCount = 0
  for (let start = 0; start < specs.length; start += PRODUCT_BATCH) {
    const batch = specs.slice(start, start + PRODUCT_BATCH)
    const { result: products } = await createProductsWorkflow(container).run({
      input: {
        products: batch.map(({ sellerIndex, productIndex }) => {
          const title = `${names[sellerIndex]} item ${productIndex + 1}`
          const handle = `${handles[sellerIndex]}-item-${productIndex + 1}`
          return {
            title,
            handle,
            status: "published" as const,
            shipping_profile_id: profiles[sellerIndex].id,
            options: [{ title: "Size", values: sizes }],
            variants: sizes.map((value, variantIndex) => ({
              title: `${title} ${value}`,
              sku: `${handle}-${value.toLowerCase()}`,
              options: { Size: value },
              manage_inventory: true,
              prices: [{ currency_code: "eur", amount: 9.99 + ((productIndex * 7 + variantIndex * 3) % 90) }],
            })),
            sales_channels: [{ id: salesChannel.id }],
          }
        }),
      },
    })
    const { data: variants } = await query.graph({
      entity: "variant",
      fields: ["id", "product_id", "inventory_items.inventory_item_id"],
      filters: { product_id: products.map((product) => product.id) },
    })
    const sellerOfProduct = new Map(products.map((product, index) => [product.id, batch[index].sellerIndex]))
    const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
    for (const variant of variants as any[]) {
      const sellerIndex = sellerOfProduct.get(variant.product_id)!
      const inventoryItemId = variant.inventory_items?.[0]?.inventory_item_id
      if (!inventoryItemId) {
        throw new Error(`variant ${variant.id} has no inventory item`)
      }
      variantIds[sellerIndex].push(variant.id)
      levels.push({ inventory_item_id: inventoryItemId, location_id: locations[sellerIndex].id, stocked_quantity: size.stock })
    }
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
    productLinks.push(
      ...products.map((product, index) => ({
        [SELLER_MODULE]: { seller_id: sellers[batch[index].sellerIndex].id },
        [Modules.PRODUCT]: { product_id: product.id },
      }))
    )
    productCount += products.length
    variantCount += variants.length
    log(`${productCount} products, ${variantCount} variants`)
  }

  await link.create([
    ...sellers.map((seller, index) => ({
      [SELLER_MODULE]: { seller_id: seller.id },
      [Modules.STOCK_LOCATION]: { stock_location_id: locations[index].id },
    })),
    ...sellers.map((seller, index) => ({
      [SELLER_MODULE]: { seller_id: seller.id },
      [Modules.FULFILLMENT]: { shipping_option_id: options[index].id },
    })),
    ...productLinks,
  ])

  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    publishableKey: apiKey.token,
    sellers: sellers.map((seller, index) => ({
      id: seller.id,
      handle: handles[index],
      shippingOptionId: options[index].id,
      variantIds: variantIds[index],
    })),
    counts: { sellers: sellers.length, products: productCount, variants: variantCount },
  }
}

/**
 * A cart ready to complete, built in-process through the same workflows the store routes
 * run: `linesPerSeller` lines (quantity 1) from each of `k` sellers starting at
 * `firstSeller` (round robin), address and email, one shipping method per seller and a
 * `pp_system_default` payment session.
 */
export async function createBenchCart(
  container: MedusaContainer,
  marketplace: BenchMarketplace,
  options: {
    k: number
    firstSeller: number
    linesPerSeller: number
    variantOffset: number
    payment?: boolean
    /** One guest customer per cart: concurrent carts of one new email race to create it. */
    email: string
  }
): Promise<string> {
  const chosen = Array.from(
    { length: options.k },
    (_, index) => marketplace.sellers[(options.firstSeller + index) % marketplace.sellers.length]
  )
  const items = chosen.flatMap((seller) =>
    Array.from({ length: options.linesPerSeller }, (_, line) => ({
      variant_id: seller.variantIds[(options.variantOffset + line) % seller.variantIds.length],
      quantity: 1,
    }))
  )
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: marketplace.regionId,
      sales_channel_id: marketplace.salesChannelId,
      email: options.email,
      shipping_address: BENCH_ADDRESS,
      billing_address: BENCH_ADDRESS,
      items,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: { cart_id: cart.id, options: chosen.map((seller) => ({ id: seller.shippingOptionId })) },
  })
  if (options.payment !== false) {
    const { result: collection } = await createPaymentCollectionForCartWorkflow(container).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: { payment_collection_id: collection.id, provider_id: "pp_system_default" },
    })
  }
  return cart.id
}

/** Runs `count` tasks with at most `concurrency` in flight; results in task order. */
export async function pool<T>(count: number, concurrency: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count)
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      results[index] = await task(index)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker))
  return results
}
