import type { MedusaContainer } from "@medusajs/framework/types"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createSellers,
  createStorefront,
  SellerSpec,
  SHIPPING_ADDRESS,
} from "../../integration-tests/utils/marketplace-builder"

/**
 * Bench data, built by the specs' marketplace builder (one region: EUR, Germany, 19 % VAT,
 * `pp_system_default`; one sales channel with a publishable key; per seller its own
 * shipping profile, stock location, shipping option and products priced and stocked at
 * its location), at the size the plan asks for.
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

/** What the seed hands to the load and the in-process timings (as JSON). */
export type BenchMarketplace = {
  regionId: string
  salesChannelId: string
  publishableKey: string
  sellers: BenchSeller[]
  counts: { sellers: number; products: number; variants: number }
}

/** Sellers "Bench Seller 001", ...: shipping 3.90-7.90, prices 9.99-98.99 spread over the variants. */
function benchSellers(size: BenchCatalogSize): SellerSpec[] {
  return Array.from({ length: size.sellers }, (_, sellerIndex) => {
    const name = `Bench Seller ${String(sellerIndex + 1).padStart(3, "0")}`
    return {
      name,
      shippingPrice: 3.9 + (sellerIndex % 5),
      products: Array.from(
        { length: size.productsPerSeller },
        (_, productIndex) => ({
          title: `${name} item ${productIndex + 1}`,
          prices: Array.from(
            { length: Math.max(1, size.variantsPerProduct) },
            (_, variantIndex) =>
              9.99 + ((productIndex * 7 + variantIndex * 3) % 90)
          ),
          stock: size.stock,
        })
      ),
    }
  })
}

export async function seedBenchMarketplace(
  container: MedusaContainer,
  size: BenchCatalogSize,
  log: (message: string) => void = () => {}
): Promise<BenchMarketplace> {
  const storefront = await createStorefront(container, {
    name: "Bench storefront",
  })
  const sellers = await createSellers(
    container,
    storefront,
    benchSellers(size),
    log
  )
  return {
    regionId: storefront.regionId,
    salesChannelId: storefront.salesChannelId,
    publishableKey: storefront.publishableKey,
    sellers: sellers.map((seller) => ({
      id: seller.id,
      handle: seller.handle,
      shippingOptionId: seller.shippingOptionId,
      variantIds: seller.variants.map((variant) => variant.id),
    })),
    counts: {
      sellers: sellers.length,
      products: sellers.reduce(
        (sum, seller) => sum + seller.productIds.length,
        0
      ),
      variants: sellers.reduce(
        (sum, seller) => sum + seller.variants.length,
        0
      ),
    },
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
    (_, index) =>
      marketplace.sellers[
        (options.firstSeller + index) % marketplace.sellers.length
      ]
  )
  const items = chosen.flatMap((seller) =>
    Array.from({ length: options.linesPerSeller }, (_, line) => ({
      variant_id:
        seller.variantIds[
          (options.variantOffset + line) % seller.variantIds.length
        ],
      quantity: 1,
    }))
  )
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: marketplace.regionId,
      sales_channel_id: marketplace.salesChannelId,
      email: options.email,
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
      items,
    },
  })
  await addShippingMethodToCartWorkflow(container).run({
    input: {
      cart_id: cart.id,
      options: chosen.map((seller) => ({ id: seller.shippingOptionId })),
    },
  })
  if (options.payment !== false) {
    const { result: collection } = await createPaymentCollectionForCartWorkflow(
      container
    ).run({
      input: { cart_id: cart.id },
    })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id: "pp_system_default",
      },
    })
  }
  return cart.id
}

/** Runs `count` tasks with at most `concurrency` in flight; results in task order. */
export async function pool<T>(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<T>
): Promise<T[]> {
  const results: T[] = new Array(count)
  let next = 0
  const worker = async () => {
    while (next < count) {
      const index = next++
      results[index] = await task(index)
    }
  }
  await Promise.all(
    Array.from({ length: Math.min(concurrency, count) }, worker)
  )
  return results
}
