import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutPlanLine } from "./retrieve-seller-payout-plan"

export const createPayoutsStepId = "create-payouts"

export type CreatePayoutsStepInput = {
  seller_id: string
  /** The id of the provider the payouts go through. */
  provider: string
  lines: PayoutPlanLine[]
}

/**
 * One `pending` payout per plan line, each created with its `payout` ledger entry in one
 * transaction (the funds are reserved at once). Compensation removes the payouts that are
 * still `pending` (never sent to the provider) with their entries.
 */
export const createPayoutsStep = createStep(
  createPayoutsStepId,
  async (
    { seller_id, provider, lines }: CreatePayoutsStepInput,
    { container }
  ) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const created: Awaited<
      ReturnType<PayoutModuleService["createPayoutWithEntry"]>
    >[] = []
    try {
      for (const line of lines) {
        created.push(
          await service.createPayoutWithEntry({
            seller_id,
            currency_code: line.currency_code,
            amount: line.amount,
            provider,
          })
        )
      }
    } catch (error) {
      await service.discardPendingPayouts(created.map((payout) => payout.id))
      throw error
    }
    return new StepResponse(
      created,
      created.map((payout) => payout.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.discardPendingPayouts(ids)
  }
)
