import type { MedusaContainer } from "@medusajs/framework/types"
import { BenchMarketplace, createBenchCart, pool } from "./marketplace"

/** How many carts of the plain-Medusa comparison each side gets (one seller, three lines). */
export type VsMedusaCartPlan = {
  read: number
  lineItems: number
  checkout: number
  concurrent: number
  poolSize: number
}

export type VsMedusaCarts = {
  read: string[]
  line_items: { id: string; variant_id: string }[]
  checkout: string[]
  concurrent: string[]
}

export const VS_MEDUSA_LINES = 3

/**
 * The carts of the marketplace / plain Medusa comparison, built the same way on both apps:
 * one seller's three lines, address, its shipping method and (except the line-item carts)
 * a `pp_system_default` session. Cart i takes seller i and lines 3i.. of its variants, so
 * carts completed together share no inventory item while there are sellers to spare.
 */
export async function seedVsMedusaCarts(
  container: MedusaContainer,
  marketplace: BenchMarketplace,
  plan: VsMedusaCartPlan
): Promise<VsMedusaCarts> {
  let seq = 0
  const make = async (payment = true) => {
    const index = seq++
    const seller = marketplace.sellers[index % marketplace.sellers.length]
    const id = await createBenchCart(container, marketplace, {
      k: 1,
      firstSeller: index,
      variantOffset: index * VS_MEDUSA_LINES,
      linesPerSeller: VS_MEDUSA_LINES,
      payment,
      email: `shopper-vs-${index}@bench.test`,
    })
    return {
      id,
      variant_id:
        seller.variantIds[(index * VS_MEDUSA_LINES) % seller.variantIds.length],
    }
  }
  const ids = async (count: number) =>
    (await pool(count, plan.poolSize, () => make())).map((cart) => cart.id)
  return {
    read: await ids(plan.read),
    line_items: await pool(plan.lineItems, plan.poolSize, () => make(false)),
    checkout: await ids(plan.checkout),
    concurrent: await ids(plan.concurrent),
  }
}
