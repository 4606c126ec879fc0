import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutStatus } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutPlanLine } from "./retrieve-seller-payout-plan"

export const sendPayoutTransfersStepId = "send-payout-transfers"

type PayoutToSend = {
  id: string
  seller_id: string
  currency_code: string
  /** The id of the provider the payout was created for. */
  provider: string
  idempotency_key: string
}

export type SendPayoutTransfersStepInput = {
  payouts: PayoutToSend[]
  lines: PayoutPlanLine[]
  destination: string | null
}

export type TransferOutcome =
  | {
      payout_id: string
      ok: true
      status: "paid" | "processing"
      reference: string | null
    }
  | { payout_id: string; ok: false; reason: string }

/**
 * Sends each payout to the provider with its idempotency key. A payout is marked
 * `processing` before the call, so from then on no compensation can delete it (the money
 * may have moved). A provider error becomes a failed outcome, not a thrown error: the
 * next step records it, with the reversal that restores the balance. No compensation:
 * a transfer cannot be called back, and the records say exactly what was sent.
 */
export const sendPayoutTransfersStep = createStep(
  sendPayoutTransfersStepId,
  async (
    { payouts, lines, destination }: SendPayoutTransfersStepInput,
    { container }
  ) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const outcomes: TransferOutcome[] = []
    for (const payout of payouts) {
      const { payout: processing } = await service.transitionPayout(payout.id, {
        to: PayoutStatus.PROCESSING,
        from: [PayoutStatus.PENDING],
      })
      const line = lines.find(
        (candidate) => candidate.currency_code === payout.currency_code
      )
      try {
        const result = await service.transferPayout(payout.provider, {
          payout_id: payout.id,
          seller_id: payout.seller_id,
          amount: exactAmount(processing),
          currency_code: payout.currency_code,
          decimal_digits: line?.decimal_digits ?? 2,
          destination,
          idempotency_key: payout.idempotency_key,
        })
        outcomes.push({ payout_id: payout.id, ok: true, ...result })
      } catch (error) {
        outcomes.push({
          payout_id: payout.id,
          ok: false,
          reason: error instanceof Error ? error.message : String(error),
        })
      }
    }
    return new StepResponse(outcomes)
  }
)

function exactAmount(payout: {
  amount: unknown
  raw_amount?: unknown
}): string {
  const raw = payout.raw_amount as { value?: unknown } | null | undefined
  return String(raw?.value ?? payout.amount)
}
