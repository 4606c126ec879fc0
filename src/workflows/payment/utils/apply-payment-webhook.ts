import type { MedusaContainer } from "@medusajs/framework/types"
import type { WebhookActionResult } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  PaymentActions,
} from "@medusajs/framework/utils"
import { processPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { completeMarketplaceCartWorkflow } from "../../checkout/workflows/complete-marketplace-cart"
import { captureOrderGroupWorkflow } from "../../order-group/workflows/capture-order-group"

/** What a webhook did: the order group it completed or captured, or why it changed nothing. */
export type PaymentWebhookOutcome =
  | { result: "ignored" }
  | { result: "order_group"; order_group_id: string; captured: boolean }
  | { result: "not_completed"; error: { type: string; message: string } }
  | { result: "medusa" }

/** Errors of a cart that cannot complete yet: the storefront's next complete (or the operator) handles them. */
const NOT_COMPLETABLE: string[] = [
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.NOT_ALLOWED,
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/**
 * Applies a verified payment provider event (docs/payments.md). Medusa would complete the
 * cart with its own completeCartWorkflow (one order); a cart's payment instead goes through
 * the split checkout, which takes the same lock on the cart as the storefront's complete and
 * returns the group that exists, so a webhook racing the storefront yields one group.
 * `succeeded` then captures the group (idempotent: attributes and books per seller order).
 * Sessions of other payment collections keep Medusa's processPaymentWorkflow.
 *
 * Not a workflow: each workflow it runs takes its own lock, which Medusa skips in nested workflows.
 */
export async function applyPaymentWebhook(
  container: MedusaContainer,
  providerId: string,
  event: WebhookActionResult
): Promise<PaymentWebhookOutcome> {
  const sessionId = event.data?.session_id
  const completes =
    event.action === PaymentActions.AUTHORIZED ||
    event.action === PaymentActions.SUCCESSFUL
  if (!sessionId || !completes) {
    return { result: "ignored" }
  }
  const session = await paymentSessionOwner(container, sessionId)
  // An event speaks only for the sessions of its own provider.
  if (!session || session.provider_id !== providerId) {
    return { result: "ignored" }
  }
  const cartId = session.cart_id
  if (!cartId) {
    await processPaymentWorkflow(container).run({ input: event })
    return { result: "medusa" }
  }

  const { errors, result, transaction } = await completeMarketplaceCartWorkflow(
    container
  ).run({ input: { id: cartId }, throwOnError: false })
  if (errors?.length) {
    const error = errors[0].error as { type?: string; message?: string }
    if (!NOT_COMPLETABLE.includes(error?.type ?? "")) {
      throw error
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(
        `Payment session ${sessionId} is ${event.action} but cart ${cartId} did not complete: ${error.message}`
      )
    return {
      result: "not_completed",
      error: { type: error.type as string, message: error.message ?? "" },
    }
  }
  if (!transaction.hasFinished()) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      `Cart ${cartId} is being completed by another request`
    )
  }
  if (event.action !== PaymentActions.SUCCESSFUL) {
    return { result: "order_group", order_group_id: result.id, captured: false }
  }
  await captureOrderGroupWorkflow(container).run({
    input: { order_group_id: result.id },
  })
  return { result: "order_group", order_group_id: result.id, captured: true }
}

/** The session's provider and cart (none when its collection belongs to no cart); undefined for an unknown session. */
async function paymentSessionOwner(
  container: MedusaContainer,
  sessionId: string
): Promise<{ provider_id: string; cart_id?: string } | undefined> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [session],
  } = await query.graph({
    entity: "payment_session",
    fields: ["provider_id", "payment_collection_id"],
    filters: { id: sessionId },
  })
  if (!session) {
    return undefined
  }
  const {
    data: [link],
  } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: session.payment_collection_id },
  })
  return {
    provider_id: session.provider_id,
    cart_id: (link as { cart_id?: string } | undefined)?.cart_id,
  }
}
