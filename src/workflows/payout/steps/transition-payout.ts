import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type { PayoutEventData } from "../../../modules/payout/events"
import type PayoutModuleService from "../../../modules/payout/service"
import type { PayoutTransition } from "../../../modules/payout/service"
import { payoutEventData } from "../payout-event-data"

export type TransitionPayoutInput = { id: string; change: PayoutTransition }

/**
 * Moves one payout to a new status (with the reversal entry for failed/canceled), in one
 * transaction under a row lock. `changed` is false when it already had that status, so
 * callers emit their event only once. No compensation: the only step after it emits the
 * event, and a settled payout is never un-settled automatically.
 */
export const transitionPayoutStep = createStep(
  "transition-payout",
  async ({ id, change }: TransitionPayoutInput, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const { payout, changed } = await service.transitionPayout(id, change)
    return new StepResponse<{ payout: PayoutEventData; changed: boolean }>({
      payout: payoutEventData(payout),
      changed,
    })
  }
)
