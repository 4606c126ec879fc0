import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutWebhookEvent } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"

export const retrieveWebhookPayoutStepId = "retrieve-webhook-payout"

export type RetrieveWebhookPayoutStepInput = {
  /** The provider that sent the event: only its payouts can match. */
  provider: string
  event: PayoutWebhookEvent
}

/**
 * The payout a `transfer_failed` event is about, by our payout id when the provider echoed
 * it, else by the provider's transfer id; null for other events and unknown payouts. Read
 * only.
 */
export const retrieveWebhookPayoutStep = createStep(
  retrieveWebhookPayoutStepId,
  async (
    { provider, event }: RetrieveWebhookPayoutStepInput,
    { container }
  ) => {
    if (event.type !== "transfer_failed") {
      return new StepResponse<string | null>(null)
    }
    const filters = event.payout_id
      ? { id: event.payout_id, provider }
      : event.reference
        ? { provider_reference: event.reference, provider }
        : null
    if (!filters) {
      return new StepResponse<string | null>(null)
    }
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const [payout] = await service.listPayouts(filters, {
      select: ["id"],
      take: 1,
    })
    return new StepResponse<string | null>(payout?.id ?? null)
  }
)
