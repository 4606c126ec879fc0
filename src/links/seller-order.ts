import OrderModule from "@medusajs/medusa/order"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** A seller has many orders; each order of a split checkout belongs to one seller (`order.seller`). */
export default defineLink(SellerModule.linkable.seller, {
  linkable: OrderModule.linkable.order,
  isList: true,
})
