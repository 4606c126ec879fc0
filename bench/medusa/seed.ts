import type { ExecArgs } from "@medusajs/framework/types"
import { writeFileSync } from "node:fs"
import { seedBenchMarketplace } from "../lib/marketplace"
import { seedVsMedusaCarts } from "../lib/vs-medusa-carts"

/**
 * `medusa exec ./seed.ts` in bench/medusa: the bench catalogue in plain Medusa (same
 * region, products, variants, prices, stock and one shipping profile, location and option
 * per would-be seller, without the seller module) and the comparison's carts. BENCH_PLAN:
 * { size, vs }; writes { marketplace, vs } to BENCH_OUT (JSON).
 */
export default async function seedPlainMedusa({ container }: ExecArgs) {
  const plan = JSON.parse(process.env.BENCH_PLAN ?? "")
  const out = process.env.BENCH_OUT
  if (!out) {
    throw new Error("BENCH_OUT is not set")
  }
  const started = Date.now()
  const marketplace = await seedBenchMarketplace(container, plan.size, (m) =>
    console.log(`[plain seed] ${m}`)
  )
  const vs = await seedVsMedusaCarts(container, marketplace, plan.vs.carts)
  writeFileSync(
    out,
    JSON.stringify(
      { marketplace, vs, timings: { total_s: (Date.now() - started) / 1000 } },
      null,
      2
    )
  )
}
