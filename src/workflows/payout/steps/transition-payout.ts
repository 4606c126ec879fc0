import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  PAYOUT_MODULE,
  PayoutEventData,
  PayoutTransition,
} from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { payoutEventData } from "../utils/payout-event-data"

export const transitionPayoutStepId = "transition-payout"

export type TransitionPayoutStepInput = { id: string; change: PayoutTransition }

/**
 * Moves one payout to a new status (with the reversal entry for failed/canceled), in one
 * transaction under a row lock. `changed` is false when it already had that status, so
 * callers emit their event only once. No compensation: the only step after it emits the
 * event, and a settled payout is never un-settled automatically.
 */
export const transitionPayoutStep = createStep(
  transitionPayoutStepId,
  async ({ id, change }: TransitionPayoutStepInput, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const { payout, changed } = await service.transitionPayout(id, change)
    return new StepResponse<{ payout: PayoutEventData; changed: boolean }>({
      payout: payoutEventData(payout),
      changed,
    })
  }
)
