import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutPlanLine } from "./retrieve-seller-payout-plan"

export type CreatePayoutsInput = { seller_id: string; lines: PayoutPlanLine[] }

/**
 * One `pending` payout per plan line, each created with its `payout` ledger entry in one
 * transaction (the funds are reserved at once). Compensation removes the payouts that are
 * still `pending` (never sent to the provider) with their entries.
 */
export const createPayoutsStep = createStep(
  "create-payouts",
  async ({ seller_id, lines }: CreatePayoutsInput, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const created: Awaited<ReturnType<PayoutModuleService["createPayoutWithEntry"]>>[] = []
    try {
      for (const line of lines) {
        created.push(
          await service.createPayoutWithEntry({
            seller_id,
            currency_code: line.currency_code,
            amount: line.amount,
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
