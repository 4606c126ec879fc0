import FulfillmentModule from "@medusajs/medusa/fulfillment"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/**
 * A seller has many shipping options; a shipping option belongs to one seller.
 * Checkout requires one shipping method per seller, from an option linked to that seller.
 */
export default defineLink(SellerModule.linkable.seller, {
  linkable: FulfillmentModule.linkable.shippingOption,
  isList: true,
})
