import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { WebhookActionResult } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { PaymentWebhookResponse } from "../../../../types/http"
import { applyPaymentWebhook } from "../../../../workflows/payment/utils/apply-payment-webhook"

/**
 * A payment provider's webhook, verified and applied through the split checkout. It
 * replaces Medusa's route of the same path, which queues the event and later completes
 * carts with Medusa's single-order checkout. Here the provider
 * verifies the event now (Stripe: `Stripe-Signature`; 400 when it does not verify, 404 for a
 * provider that is not configured) and the event is applied before answering, through the
 * split checkout (docs/payments.md). A failure to apply is a 409/5xx, so the provider retries.
 */
export const POST = async (
  req: MedusaRequest,
  res: MedusaResponse<PaymentWebhookResponse>
) => {
  const provider = req.params.provider
  const payments = req.scope.resolve(Modules.PAYMENT)
  const [configured] = await payments.listPaymentProviders({
    id: `pp_${provider}`,
    is_enabled: true,
  })
  if (!configured) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Payment provider "${provider}" is not configured`
    )
  }
  let event: WebhookActionResult
  try {
    event = await payments.getWebhookActionAndData({
      provider,
      payload: {
        data: req.body as Record<string, unknown>,
        rawData: (req as MedusaRequest & { rawBody?: Buffer }).rawBody ?? "",
        headers: req.headers as Record<string, unknown>,
      },
    })
  } catch (error) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Webhook Error: ${(error as Error).message}`
    )
  }
  const outcome = await applyPaymentWebhook(req.scope, configured.id, event)
  res.json({
    received: true,
    result: outcome.result,
    ...("order_group_id" in outcome
      ? { order_group_id: outcome.order_group_id }
      : {}),
  })
}
