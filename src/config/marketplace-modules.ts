import type { CommissionModuleOptions } from "../modules/commission"
import type { OrderGroupModuleOptions } from "../modules/order-group/types"
import type {
  PayoutModuleOptions,
  PayoutProviderEntry,
} from "../modules/payout/types"
import type { ReviewModuleOptions } from "../modules/review/settings"
import type { SellerModuleOptions } from "../modules/seller/types"
import type { MarketplaceEnv, PayoutConfig } from "./env"
import { ModuleEntry, OWN_PROVIDERS } from "./infrastructure-modules"

/** The seller module: approval modes, the /vendor CORS origins, the panel's address and the upload limits. */
export function sellerModuleOptions(env: MarketplaceEnv): SellerModuleOptions {
  return {
    sellerApproval: env.marketplace.sellerApproval,
    productApproval: env.marketplace.productApproval,
    vendorCors: env.http.vendorCors,
    panelUrl: `${env.backendUrl.replace(/\/+$/, "")}/seller`,
    uploads: {
      maxBytes: env.marketplace.uploads.maxBytes,
      allowedTypes: env.marketplace.uploads.allowedTypes,
      // Only the S3 provider signs direct-upload URLs; its prefix is part of every file id.
      presigned: env.file.provider === "s3",
      keyPrefix: env.file.provider === "s3" ? (env.file.prefix ?? "") : "",
    },
  }
}

export function commissionModuleOptions(
  env: MarketplaceEnv
): CommissionModuleOptions {
  return { defaultCommissionPercent: env.marketplace.defaultCommissionPercent }
}

export function reviewModuleOptions(env: MarketplaceEnv): ReviewModuleOptions {
  return { moderation: env.marketplace.reviewModeration }
}

/** The one payout provider PAYOUT_PROVIDER selects, as the module's default provider. */
export function payoutProvider(config: PayoutConfig): PayoutProviderEntry {
  if (config.provider === "stripe-connect") {
    return {
      resolve: OWN_PROVIDERS.payoutStripeConnect,
      id: "stripe-connect",
      is_default: true,
      options: { ...config.stripe },
    }
  }
  return { resolve: OWN_PROVIDERS.payoutManual, id: "manual", is_default: true }
}

export function payoutModuleOptions(env: MarketplaceEnv): PayoutModuleOptions {
  const payout = env.marketplace.payout
  return {
    providers: [payoutProvider(payout)],
    holdDays: payout.holdDays,
    minimum: payout.minimum,
    schedule: payout.schedule,
    resumeAfterSeconds: payout.resumeAfterSeconds,
    onboardingReturnUrl: env.backendUrl,
  }
}

/** The order group module: the reconciler's schedule and stale threshold. */
export function orderGroupModuleOptions(
  env: MarketplaceEnv
): OrderGroupModuleOptions {
  return { reconcile: { ...env.marketplace.reconcile } }
}

/** The marketplace's own modules (src/modules), after the infrastructure modules. */
export function marketplaceModules(env: MarketplaceEnv): ModuleEntry[] {
  return [
    {
      key: "seller",
      resolve: "./src/modules/seller",
      options: sellerModuleOptions(env),
    },
    { key: "request", resolve: "./src/modules/request" },
    {
      key: "order_group",
      resolve: "./src/modules/order-group",
      options: orderGroupModuleOptions(env),
    },
    {
      key: "commission",
      resolve: "./src/modules/commission",
      options: commissionModuleOptions(env),
    },
    {
      key: "payout",
      resolve: "./src/modules/payout",
      options: payoutModuleOptions(env),
    },
    {
      key: "review",
      resolve: "./src/modules/review",
      options: reviewModuleOptions(env),
    },
  ]
}
