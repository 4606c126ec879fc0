import type { CartWorkflowDTO } from "@medusajs/framework/types"
import { OrderWorkflowEvents } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  compensatePaymentIfNeededStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  reserveInventoryStep,
  updateCartsStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import { OrderGroupEvents } from "../../../modules/order-group/events"
import { authorizeCartPaymentStep } from "../steps/authorize-cart-payment"
import { createOrderGroupStep } from "../steps/create-order-group"
import { createSellerOrdersStep } from "../steps/create-seller-orders"
import { registerPromotionUsageStep } from "../steps/register-promotion-usage"
import { retrieveCheckoutCartStep } from "../steps/retrieve-checkout-cart"
import { retrieveOrderGroupOfCartStep } from "../steps/retrieve-order-group-of-cart"
import { validateCartSellersStep } from "../steps/validate-cart-sellers"
import { validateCheckoutCartStep } from "../steps/validate-checkout-cart"
import { validateSellerShippingStep } from "../steps/validate-seller-shipping"
import { prepareCheckoutLinks } from "../utils/prepare-checkout-links"
import { preparePromotionUsage } from "../utils/prepare-promotion-usage"
import { prepareReservations } from "../utils/prepare-reservations"
import { prepareSellerOrders } from "../utils/prepare-seller-orders"

export const completeMarketplaceCartWorkflowId = "complete-marketplace-cart"

export type CompleteMarketplaceCartWorkflowInput = { id: string }
export type CompleteMarketplaceCartWorkflowOutput = {
  id: string
  /** The orders this run created with their sellers; absent when the group existed already. */
  orders?: { id: string; seller_id: string }[]
}

const THREE_DAYS = 60 * 60 * 24 * 3
/** Locking Module durations are in seconds. */
const LOCK_TIMEOUT_SECONDS = 30
const LOCK_TTL_SECONDS = 120

/**
 * Split checkout (docs/checkout.md): completes a cart into one order per seller, grouped
 * in an order group that holds the customer's single payment.
 *
 * Under a lock on the cart id (the key Medusa's cart workflows lock): an existing group
 * for the cart is returned as is; otherwise the cart is validated before any write, the
 * orders, group, links, reservations and cart completion are written, and the payment is
 * authorized last. Any failure compensates every write and releases the lock.
 * Returns the group id, and the orders it created with their sellers (the complete route
 * answers from them without reading the group back).
 */
export const completeMarketplaceCartWorkflow = createWorkflow(
  {
    name: completeMarketplaceCartWorkflowId,
    store: true,
    idempotent: false,
    retentionTime: THREE_DAYS,
  },
  (input: WorkflowData<CompleteMarketplaceCartWorkflowInput>) => {
    acquireLockStep({
      key: input.id,
      timeout: LOCK_TIMEOUT_SECONDS,
      ttl: LOCK_TTL_SECONDS,
    })

    const existingGroupId = retrieveOrderGroupOfCartStep({ cart_id: input.id })

    const created = when(
      "split-cart-into-orders",
      { existingGroupId },
      ({ existingGroupId }) => {
        return !existingGroupId
      }
    ).then(() => {
      const cart = retrieveCheckoutCartStep({ id: input.id })

      validateCheckoutCartStep({ cart })
      validateCartSellersStep({ cart })
      validateSellerShippingStep({ cart })
      // Medusa's payment validation reads a subset of the cart DTO (payment collection,
      // total, credit_line_total, region_id), all of which CHECKOUT_CART_FIELDS selects.
      const paymentInput = transform({ cart }, ({ cart }) => ({
        cart: cart as unknown as CartWorkflowDTO,
      }))
      const paymentSessions = validateCartPaymentsStep(paymentInput)
      const paymentSessionId = transform(
        { paymentSessions },
        ({ paymentSessions }) => ({
          id: paymentSessions[0]?.id,
          payment_session_id: paymentSessions[0]?.id,
        })
      )
      // Refunds a payment captured by a provider if a later step fails.
      compensatePaymentIfNeededStep({
        payment_session_id: paymentSessionId.payment_session_id,
      })

      const sellerOrders = transform({ cart }, ({ cart }) =>
        prepareSellerOrders(cart)
      )
      const orders = createSellerOrdersStep(sellerOrders)

      const groupInput = transform({ cart }, ({ cart }) => ({
        cart_id: cart.id,
        customer_id: cart.customer_id ?? null,
        currency_code: cart.currency_code,
        subtotal: cart.subtotal,
        tax_total: cart.tax_total,
        shipping_total: cart.shipping_total,
        discount_total: cart.discount_total,
        total: cart.total,
      }))
      const group = createOrderGroupStep(groupInput)

      const links = transform(
        { cart, group, orders },
        ({ cart, group, orders }) =>
          prepareCheckoutLinks({ cart, group_id: group.id, orders })
      )
      createRemoteLinkStep(links)

      const completion = transform({ cart }, ({ cart }) => [
        { id: cart.id, completed_at: new Date() },
      ])
      updateCartsStep(completion)

      const reservations = transform({ cart, orders }, ({ cart, orders }) => ({
        items: prepareReservations(
          cart,
          orders.flatMap((order) => order.items)
        ),
      }))
      reserveInventoryStep(reservations)

      const promotionUsage = transform({ cart }, ({ cart }) =>
        preparePromotionUsage(cart)
      )
      registerPromotionUsageStep(promotionUsage)

      // Events are held with the workflow's event group and released only if it succeeds.
      const groupPlaced = transform({ group }, ({ group }) => ({
        id: group.id,
      }))
      emitEventStep({
        eventName: OrderGroupEvents.PLACED,
        data: groupPlaced,
      }).config({
        name: "emit-order-group-placed",
      })
      const ordersPlaced = transform({ orders }, ({ orders }) =>
        orders.map((order) => ({ id: order.id }))
      )
      emitEventStep({
        eventName: OrderWorkflowEvents.PLACED,
        data: ordersPlaced,
      }).config({
        name: "emit-orders-placed",
      })

      // Last: nothing after it can fail, so an authorized payment is never left behind.
      authorizeCartPaymentStep({ id: paymentSessionId.id })

      return transform({ group, orders }, ({ group, orders }) => ({
        id: group.id,
        orders: orders.map(({ id, seller_id }) => ({ id, seller_id })),
      }))
    })

    releaseLockStep({ key: input.id })

    const result = transform(
      { created, existingGroupId },
      ({ created, existingGroupId }): CompleteMarketplaceCartWorkflowOutput =>
        existingGroupId ? { id: existingGroupId } : created!
    )
    return new WorkflowResponse(result)
  }
)
