import type { ExecArgs } from "@medusajs/framework/types"
import { writeFileSync } from "node:fs"
import { createBenchCart, pool, seedBenchMarketplace } from "./lib/marketplace"
import { seedVsMedusaCarts, VsMedusaCartPlan } from "./lib/vs-medusa-carts"

/**
 * `medusa exec ./bench/seed.ts` — seeds the bench catalog and the carts the HTTP scenarios
 * use, then writes their ids to BENCH_OUT (JSON). Driven by bench/run.js, which passes
 * BENCH_PLAN (JSON): { size: { sellers, productsPerSeller, variantsPerProduct, stock },
 * carts: { read, lineItems, checkoutPerK, ks, concurrent, concurrentK, poolSize } }.
 */
type Plan = {
  size: {
    sellers: number
    productsPerSeller: number
    variantsPerProduct: number
    stock: number
  }
  carts: {
    read: number
    lineItems: number
    checkoutPerK: number
    ks: number[]
    concurrent: number
    concurrentK: number
    poolSize: number
  }
  vs: { carts: VsMedusaCartPlan }
}

export default async function seedBench({ container }: ExecArgs) {
  const plan = JSON.parse(process.env.BENCH_PLAN ?? "") as Plan
  const out = process.env.BENCH_OUT
  if (!out) {
    throw new Error("BENCH_OUT is not set")
  }
  const started = Date.now()
  const log = (message: string) =>
    console.log(
      `[bench seed +${((Date.now() - started) / 1000).toFixed(1)}s] ${message}`
    )

  const marketplace = await seedBenchMarketplace(container, plan.size, log)
  const catalogSeconds = (Date.now() - started) / 1000

  let seq = 0
  // Cart i takes sellers i, i+1, ... and lines 2i, 2i+1 of each seller's variants: carts
  // created one after the other (and so completed together under load) share no inventory
  // item, so concurrent checkouts do not queue on Medusa's inventory locks.
  const make = (
    k: number,
    options: { linesPerSeller?: number; payment?: boolean } = {}
  ) => {
    const index = seq++
    const linesPerSeller = options.linesPerSeller ?? 2
    return createBenchCart(container, marketplace, {
      k,
      firstSeller: index,
      variantOffset: index * linesPerSeller,
      email: `shopper-seed-${index}@bench.test`,
      linesPerSeller,
      payment: options.payment,
    })
  }
  const CONCURRENCY = plan.carts.poolSize
  const read = await pool(plan.carts.read, CONCURRENCY, () => make(2))
  // Line-item carts: two items from one seller and its shipping method, no payment yet (a
  // storefront adds items before paying). The load adds one unit of the first variant.
  const lineItemCart = async () => {
    const index = seq
    const id = await make(1, { payment: false })
    const seller = marketplace.sellers[index % marketplace.sellers.length]
    return {
      id,
      variant_id: seller.variantIds[(index * 2) % seller.variantIds.length],
    }
  }
  const lineItemsCached = await pool(
    plan.carts.lineItems,
    CONCURRENCY,
    lineItemCart
  )
  const lineItemsUncached = await pool(
    plan.carts.lineItems,
    CONCURRENCY,
    lineItemCart
  )
  log(
    `${plan.carts.read} read carts, ${2 * plan.carts.lineItems} line-item carts`
  )
  const checkout: Record<string, string[]> = {}
  for (const k of plan.carts.ks) {
    checkout[`k${k}`] = await pool(plan.carts.checkoutPerK, CONCURRENCY, () =>
      make(k)
    )
    log(`${plan.carts.checkoutPerK} carts of ${k} seller(s)`)
  }
  const concurrent = await pool(plan.carts.concurrent, CONCURRENCY, () =>
    make(plan.carts.concurrentK)
  )
  log(`${plan.carts.concurrent} carts for concurrent checkout`)
  const vs = await seedVsMedusaCarts(container, marketplace, plan.vs.carts)
  log("carts of the plain Medusa comparison")

  writeFileSync(
    out,
    JSON.stringify(
      {
        marketplace,
        carts: {
          read,
          line_items_cached: lineItemsCached,
          line_items_uncached: lineItemsUncached,
          checkout,
          concurrent,
        },
        vs,
        timings: {
          catalog_s: catalogSeconds,
          total_s: (Date.now() - started) / 1000,
        },
      },
      null,
      2
    )
  )
  log("done")
}
