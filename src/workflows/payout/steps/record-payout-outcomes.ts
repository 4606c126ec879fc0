import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PAYOUT_MODULE,
  PayoutEventData,
  PayoutStatus,
} from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { payoutEventData } from "../utils/payout-event-data"
import type { TransferOutcome } from "./send-payout-transfers"

export const recordPayoutOutcomesStepId = "record-payout-outcomes"

export type RecordedPayouts = {
  paid: PayoutEventData[]
  processing: PayoutEventData[]
  failed: PayoutEventData[]
}

/**
 * Records what the provider answered: `paid` (with its reference and paid_at),
 * `processing` (waiting for an admin or the provider), or `failed` with a
 * `payout_reversal` entry that gives the seller the amount back (one transaction per
 * payout, see PayoutModuleService.transitionPayout). No compensation: these are the
 * facts of transfers that already happened or were refused.
 */
export const recordPayoutOutcomesStep = createStep(
  recordPayoutOutcomesStepId,
  async (outcomes: TransferOutcome[], { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const recorded: RecordedPayouts = { paid: [], processing: [], failed: [] }
    for (const outcome of outcomes) {
      if (!outcome.ok) {
        const { payout } = await service.transitionPayout(outcome.payout_id, {
          to: PayoutStatus.FAILED,
          from: [PayoutStatus.PENDING, PayoutStatus.PROCESSING],
          failure_reason: outcome.reason.slice(0, 1000),
        })
        recorded.failed.push(payoutEventData(payout))
      } else if (outcome.status === PayoutStatus.PAID) {
        const { payout } = await service.transitionPayout(outcome.payout_id, {
          to: PayoutStatus.PAID,
          from: [PayoutStatus.PROCESSING],
          provider_reference: outcome.reference,
        })
        recorded.paid.push(payoutEventData(payout))
      } else {
        const payout = outcome.reference
          ? await service.updatePayouts({
              id: outcome.payout_id,
              provider_reference: outcome.reference,
            })
          : await service.retrievePayout(outcome.payout_id)
        recorded.processing.push(payoutEventData(payout))
      }
    }
    return new StepResponse(recorded)
  }
)
