import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutAccountStatus } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const ensurePayoutAccountStepId = "ensure-payout-account"

export type EnsurePayoutAccountStepInput = { seller_id: string }

type Previous =
  | { created: string }
  | {
      updated: string
      provider: string
      external_id: string | null
      status: PayoutAccountStatus
    }
  | null

/**
 * The seller's payout account at the default provider: the existing one, or a new one
 * created at the provider (Stripe: an Express account) and recorded. An account of another
 * provider (the configuration changed) is replaced. Compensation removes the record it
 * created or restores the one it replaced (the provider's account stays; a retry creates
 * another, which the operator can delete in the provider's dashboard).
 */
export const ensurePayoutAccountStep = createStep(
  ensurePayoutAccountStepId,
  async ({ seller_id }: EnsurePayoutAccountStepInput, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const provider = service.getDefaultProviderId()
    const [existing] = await service.listPayoutAccounts({ seller_id })
    if (existing && existing.provider === provider) {
      return new StepResponse(existing, null as Previous)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [seller],
    } = await query.graph({
      entity: "seller",
      fields: ["id", "email"],
      filters: { id: seller_id },
    })
    const remote = await service.createProviderAccount(provider, {
      seller_id,
      email: (seller?.email as string | null) ?? null,
    })
    const fields = {
      provider,
      external_id: remote.external_id,
      status: remote.status,
      data: remote.data ?? null,
    }
    if (existing) {
      const updated = await service.updatePayoutAccounts({
        id: existing.id,
        ...fields,
      })
      return new StepResponse(updated, {
        updated: existing.id,
        provider: existing.provider,
        external_id: existing.external_id,
        status: existing.status,
      } as Previous)
    }
    const created = await service.createPayoutAccounts({ seller_id, ...fields })
    return new StepResponse(created, { created: created.id } as Previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    if ("created" in previous) {
      await service.deletePayoutAccounts(previous.created)
      return
    }
    await service.updatePayoutAccounts({
      id: previous.updated,
      provider: previous.provider,
      external_id: previous.external_id,
      status: previous.status,
    })
  }
)
