import ProductModule from "@medusajs/medusa/product"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** A seller has many products; a product belongs to one seller (`product.seller`, `seller.products`). */
export default defineLink(SellerModule.linkable.seller, {
  linkable: ProductModule.linkable.product,
  isList: true,
})
