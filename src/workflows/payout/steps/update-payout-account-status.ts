import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutAccountStatus } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const updatePayoutAccountStatusStepId = "update-payout-account-status"

export type UpdatePayoutAccountStatusStepInput = {
  external_id: string
  status: PayoutAccountStatus
}

/**
 * Applies the provider's view of an account (Stripe `account.updated`) to the account
 * with that external id; an unknown account is ignored. Compensation restores the status.
 */
export const updatePayoutAccountStatusStep = createStep(
  updatePayoutAccountStatusStepId,
  async (
    { external_id, status }: UpdatePayoutAccountStatusStepInput,
    { container }
  ) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const [account] = await service.listPayoutAccounts({ external_id })
    if (!account || account.status === status) {
      return new StepResponse(account ?? null, null)
    }
    const updated = await service.updatePayoutAccounts({
      id: account.id,
      status,
    })
    return new StepResponse(updated, { id: account.id, status: account.status })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.updatePayoutAccounts(previous)
  }
)
