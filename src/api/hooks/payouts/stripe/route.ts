import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../../../../modules/payout"
import { PayoutProviderError, WebhookSignatureError } from "../../../../modules/payout/payout-provider"
import type PayoutModuleService from "../../../../modules/payout/service"
import { StripeConnectPayoutProvider } from "../../../../providers/payout-stripe-connect"
import type { PayoutWebhookResponse } from "../../../../types/http"
import { markPayoutFailedWorkflow } from "../../../../workflows/payout/workflows/mark-payout-failed"
import { updatePayoutAccountStatusWorkflow } from "../../../../workflows/payout/workflows/update-payout-account-status"

/**
 * Stripe Connect webhook. The `Stripe-Signature` is verified over the raw body (400 when
 * it does not verify); `account.updated` updates the seller's account status,
 * `transfer.reversed` / `payout.failed` fail the payout and restore the balance.
 * Redeliveries are no-ops. Other events are acknowledged and ignored.
 */
export const POST = async (req: MedusaRequest, res: MedusaResponse<PayoutWebhookResponse>) => {
  const service: PayoutModuleService = req.scope.resolve(PAYOUT_MODULE)
  const provider = service.getProvider()
  if (provider.identifier !== StripeConnectPayoutProvider.identifier) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "The stripe-connect payout provider is not configured")
  }
  const rawBody = (req as MedusaRequest & { rawBody?: Buffer }).rawBody
  if (!rawBody) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Missing request body")
  }
  let event
  try {
    event = provider.parseWebhook({ rawBody, headers: req.headers })
  } catch (error) {
    if (error instanceof WebhookSignatureError || error instanceof SyntaxError) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid webhook: ${error.message}`)
    }
    if (error instanceof PayoutProviderError && error.status === 404) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, error.message)
    }
    throw error
  }

  if (event.type === "account_updated") {
    await updatePayoutAccountStatusWorkflow(req.scope).run({
      input: { external_id: event.external_id, status: event.status },
    })
  } else if (event.type === "transfer_failed") {
    const filters = event.payout_id ? { id: event.payout_id } : event.reference ? { provider_reference: event.reference } : null
    const [payout] = filters ? await service.listPayouts(filters) : []
    if (payout) {
      await markPayoutFailedWorkflow(req.scope).run({
        input: { id: payout.id, reason: event.reason, from: ["pending", "processing", "paid"] },
      })
    }
  }
  res.json({ received: true, id: event.id, type: event.type })
}
