import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PAYOUT_MODULE,
  PayoutEventData,
  PayoutStatus,
} from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { payoutEventData } from "../../payout/utils/payout-event-data"

export const settlePendingPayoutStepId = "settle-pending-payout"

export type SettlePendingPayoutStepInput = { payout_id: string }

export type SettledPayout = {
  /** `none` when the payout is no longer pending (another run settled it). */
  outcome: "paid" | "failed" | "none"
  paid: PayoutEventData[]
  failed: PayoutEventData[]
}

/** Why a payout the provider never received is failed: its run died before sending it. */
export const NEVER_SENT_REASON =
  "The payout run stopped before the transfer; the provider has no transfer for it, so the amount is back in the balance"

/**
 * A `pending` payout whose run died: asks the provider, with the payout's id and
 * idempotency key, whether the transfer happened. Yes → `paid` with the provider's
 * reference; no → `failed` with the `payout_reversal` that releases the reserved amount
 * (`transitionPayout`, one transaction). A payout no longer pending is left alone. No
 * compensation: the outcome is the provider's fact, as in recordPayoutOutcomesStep.
 */
export const settlePendingPayoutStep = createStep(
  settlePendingPayoutStepId,
  async ({ payout_id }: SettlePendingPayoutStepInput, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const payout = await service.retrievePayout(payout_id)
    const settled: SettledPayout = { outcome: "none", paid: [], failed: [] }
    if (payout.status !== PayoutStatus.PENDING) {
      return new StepResponse(settled)
    }
    const transfer = await service.findProviderTransfer(payout.provider, {
      payout_id: payout.id,
      idempotency_key: payout.idempotency_key,
    })
    if (transfer.status === "paid") {
      const { payout: paid } = await service.transitionPayout(payout.id, {
        to: PayoutStatus.PAID,
        from: [PayoutStatus.PENDING, PayoutStatus.PROCESSING],
        provider_reference: transfer.reference,
      })
      return new StepResponse({
        ...settled,
        outcome: "paid" as const,
        paid: [payoutEventData(paid)],
      })
    }
    const { payout: failed } = await service.transitionPayout(payout.id, {
      to: PayoutStatus.FAILED,
      from: [PayoutStatus.PENDING],
      failure_reason: NEVER_SENT_REASON,
    })
    return new StepResponse({
      ...settled,
      outcome: "failed" as const,
      failed: [payoutEventData(failed)],
    })
  }
)
