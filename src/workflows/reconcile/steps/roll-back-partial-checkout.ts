import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_GROUP_MODULE } from "../../../modules/order-group"
import type { OrderGroupModuleService } from "../../../modules/order-group"
import type { CheckoutInspection } from "./inspect-checkout"

export const rollBackPartialCheckoutStepId = "roll-back-partial-checkout"

/**
 * Undoes what an abandoned split checkout wrote, as its compensation would have: the
 * reservations of its order lines, the links of its orders and group, the orders, the group,
 * and the cart's completion. The payment is left as it is (the caller completes the cart
 * again with it, or cancels it). Only for checkouts whose payment is not captured. No
 * compensation: it restores the state before the checkout, which the checkout itself
 * recreates.
 */
export const rollBackPartialCheckoutStep = createStep(
  rollBackPartialCheckoutStepId,
  async (inspection: CheckoutInspection, { container }) => {
    if (inspection.payment.captured) {
      throw new Error(
        `Cart ${inspection.cart_id}: a checkout with a captured payment is not rolled back`
      )
    }
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    if (inspection.order_item_ids.length) {
      await container
        .resolve(Modules.INVENTORY)
        .deleteReservationItemsByLineItem(inspection.order_item_ids)
    }
    if (inspection.order_ids.length) {
      await link.delete({ [Modules.ORDER]: { order_id: inspection.order_ids } })
      await container.resolve(Modules.ORDER).deleteOrders(inspection.order_ids)
    }
    if (inspection.group_id) {
      await link.delete({
        [ORDER_GROUP_MODULE]: { order_group_id: inspection.group_id },
      })
      await container
        .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
        .deleteOrderGroups(inspection.group_id)
    }
    if (inspection.completed_at) {
      await container
        .resolve(Modules.CART)
        .updateCarts(inspection.cart_id, { completed_at: null })
    }
    return new StepResponse({ cart_id: inspection.cart_id })
  }
)
