import type { MarketplaceEnv } from "./env"
import type { ModuleEntry } from "./infrastructure-modules"

/** The marketplace's own modules (src/modules), after the infrastructure modules. */
export function marketplaceModules(env: MarketplaceEnv): ModuleEntry[] {
  return [
    { key: "seller", resolve: "./src/modules/seller" },
    { key: "request", resolve: "./src/modules/request" },
    { key: "order_group", resolve: "./src/modules/order-group" },
    {
      key: "commission",
      resolve: "./src/modules/commission",
      options: { defaultCommissionPercent: env.marketplace.defaultCommissionPercent },
    },
    {
      key: "payout",
      resolve: "./src/modules/payout",
      options: { provider: env.marketplace.payout.provider, stripe: env.marketplace.payout.stripe },
    },
  ]
}
