import type { ExecArgs } from "@medusajs/framework/types"
import { readFileSync, writeFileSync } from "node:fs"
import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { completeMarketplaceCartWorkflow } from "../src/workflows/checkout/workflows/complete-marketplace-cart"
import { BenchMarketplace, createBenchCart, pool } from "./lib/marketplace"

/**
 * `medusa exec ./bench/checkout-inprocess.ts` — scenario 3 in one process on the same data:
 * times Medusa's own `completeCartWorkflow` on 1-seller carts and our split checkout
 * (`completeMarketplaceCartWorkflow`) on K-seller carts, `workflow(container).run()` wall
 * time per cart. Runs are interleaved (medusa, k1, k2, k5, k10, then k1, k2, ..., medusa, ...)
 * so drift in machine load hits every kind alike; the first `warmup` rounds are not counted.
 * BENCH_SEED: the seed output (marketplace ids); BENCH_PLAN: { n, warmup, ks, linesPerSeller, poolSize };
 * BENCH_OUT: where the JSON result goes.
 */
type Plan = {
  n: number
  warmup: number
  ks: number[]
  linesPerSeller: number
  poolSize: number
}
type Kind = { name: string; k: number; run: (id: string) => Promise<unknown> }

export default async function checkoutInProcess({ container }: ExecArgs) {
  const plan = JSON.parse(process.env.BENCH_PLAN ?? "") as Plan
  const { marketplace } = JSON.parse(
    readFileSync(process.env.BENCH_SEED ?? "", "utf8")
  ) as {
    marketplace: BenchMarketplace
  }
  const out = process.env.BENCH_OUT
  if (!out) {
    throw new Error("BENCH_OUT is not set")
  }

  const kinds: Kind[] = [
    {
      name: "medusa_single",
      k: 1,
      run: (id) => completeCartWorkflow(container).run({ input: { id } }),
    },
    ...plan.ks.map((k) => ({
      name: `k${k}`,
      k,
      run: (id: string) =>
        completeMarketplaceCartWorkflow(container).run({ input: { id } }),
    })),
  ]
  const rounds = plan.n + plan.warmup
  // Distinct sellers/variants per cart (offset far from the HTTP carts' range).
  let seq = 1000
  const carts: Record<string, string[]> = {}
  const prepStarted = Date.now()
  for (const kind of kinds) {
    carts[kind.name] = await pool(rounds, plan.poolSize, () => {
      const index = seq++
      return createBenchCart(container, marketplace, {
        k: kind.k,
        firstSeller: index,
        variantOffset: index * plan.linesPerSeller,
        email: `shopper-inproc-${index}@bench.test`,
        linesPerSeller: plan.linesPerSeller,
      })
    })
  }
  console.log(
    `[bench checkout] prepared ${rounds * kinds.length} carts in ${((Date.now() - prepStarted) / 1000).toFixed(1)}s`
  )

  const samples: Record<string, number[]> = {}
  const errors: Record<string, string[]> = {}
  for (const kind of kinds) {
    samples[kind.name] = []
    errors[kind.name] = []
  }
  for (let round = 0; round < rounds; round++) {
    // Rotate which kind goes first so none always follows the heaviest one.
    const order = kinds.map((_, index) => kinds[(index + round) % kinds.length])
    for (const kind of order) {
      const id = carts[kind.name][round]
      const started = process.hrtime.bigint()
      try {
        await kind.run(id)
        const ms = Number(process.hrtime.bigint() - started) / 1e6
        if (round >= plan.warmup) {
          samples[kind.name].push(ms)
        }
      } catch (error) {
        errors[kind.name].push(`${id}: ${(error as Error).message}`)
      }
    }
  }
  writeFileSync(
    out,
    JSON.stringify({ n: plan.n, warmup: plan.warmup, samples, errors }, null, 2)
  )
  console.log(
    `[bench checkout] done: ${kinds.map((kind) => `${kind.name} ${samples[kind.name].length} ok / ${errors[kind.name].length} errors`).join(", ")}`
  )
}
