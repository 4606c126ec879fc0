import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import type PayoutModuleService from "../../../../modules/payout/service"
import type { PayoutWebhookResponse } from "../../../../types/http"
import { processPayoutWebhookWorkflow } from "../../../../workflows/payout/workflows/process-payout-webhook"

/**
 * A payout provider's webhook. The provider's own handler verifies the raw body and its
 * headers (Stripe: the `Stripe-Signature`, 400 when it does not verify) and reads the
 * event; processPayoutWebhookWorkflow applies it. A provider that is not configured, or
 * takes no webhooks, is a 404. Other events are acknowledged and change nothing.
 */
export const POST = async (
  req: MedusaRequest,
  res: MedusaResponse<PayoutWebhookResponse>
) => {
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!rawBody) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "Missing request body"
    )
  }
  const provider = req.params.provider
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const event = service.parseProviderWebhook(provider, {
    rawBody,
    headers: req.headers,
  })
  await processPayoutWebhookWorkflow(req.scope).run({
    input: { provider, event },
  })
  res.json({ received: true, id: event.id, type: event.type })
}
