import PaymentModule from "@medusajs/medusa/payment"
import { defineLink } from "@medusajs/framework/utils"
import OrderGroupModule from "../modules/order-group"

/**
 * The customer's single payment for the whole cart belongs to the group, not to one of
 * its orders (Medusa allows a payment collection to be linked to one order only).
 */
export default defineLink(
  OrderGroupModule.linkable.orderGroup,
  PaymentModule.linkable.paymentCollection
)
