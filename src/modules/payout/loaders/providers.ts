import { asFunction, asValue, Lifetime } from "@medusajs/framework/awilix"
import { moduleProviderLoader } from "@medusajs/framework/modules-sdk"
import type { LoaderOptions, MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { PayoutProvider } from "../payout-provider"
import type { PayoutModuleOptions } from "../types"

/** Container keys of the module's provider registry. */
export const PayoutProviderRegistrationKeys = {
  /** The ids of every loaded provider. */
  IDS: "payout_provider_ids",
  /** The id new payouts and accounts go through. */
  DEFAULT_ID: "payout_default_provider_id",
} as const

/** The container key of one provider. */
export function payoutProviderRegistrationKey(id: string): string {
  return `payout_provider_${id}`
}

type PayoutProviderClass = {
  new (
    container: Record<string, unknown>,
    options?: Record<string, unknown>
  ): PayoutProvider
  identifier?: string
  LIFE_TIME?: (typeof Lifetime)[keyof typeof Lifetime]
}

async function registerPayoutProvider(
  klass: PayoutProviderClass,
  container: MedusaContainer,
  { id, options }: { id?: string; options?: Record<string, unknown> }
) {
  if (!klass?.identifier) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "A payout provider needs a static `identifier`"
    )
  }
  if (!id) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `The payout provider ${klass.identifier} needs an \`id\` in the payout module's providers`
    )
  }
  container.register({
    [payoutProviderRegistrationKey(id)]: asFunction(
      (cradle) => new klass(cradle, options ?? {}),
      {
        lifetime: klass.LIFE_TIME ?? Lifetime.SINGLETON,
      }
    ),
  })
}

/**
 * Loads the providers named in the module options (`providers: [{ resolve, id, options }]`)
 * into the module's container, one registration per id, and records which one is the
 * default: the one marked `is_default`, or the only one.
 */
export default async function payoutProvidersLoader({
  container,
  options,
}: LoaderOptions<PayoutModuleOptions>): Promise<void> {
  const providers = options?.providers ?? []
  const ids = providers.map((provider) => provider.id)
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index)
  if (duplicate) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Payout provider id "${duplicate}" is configured more than once`
    )
  }
  const defaults = providers.filter((provider) => provider.is_default)
  if (defaults.length > 1) {
    throw new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      `Only one payout provider can be the default (got ${defaults.map((provider) => provider.id).join(", ")})`
    )
  }
  await moduleProviderLoader({
    container,
    providers,
    registerServiceFn: registerPayoutProvider,
  })
  const defaultId =
    defaults[0]?.id ?? (providers.length === 1 ? providers[0].id : null)
  container.register({
    [PayoutProviderRegistrationKeys.IDS]: asValue(ids),
    [PayoutProviderRegistrationKeys.DEFAULT_ID]: asValue(defaultId),
  })
}
