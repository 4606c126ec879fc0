import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import OrderGroupModule from "../modules/order-group"

/** An order group has the orders of its checkout, one per seller (`order_group.orders`, `order.order_group`). */
export default defineLink(OrderGroupModule.linkable.orderGroup, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
