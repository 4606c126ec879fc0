import StockLocationModule from "@medusajs/medusa/stock-location"
import { defineLink } from "@medusajs/framework/utils"
import SellerModule from "../modules/seller"

/** A seller has many stock locations; a stock location belongs to one seller. */
export default defineLink(SellerModule.linkable.seller, {
  linkable: StockLocationModule.linkable.stockLocation,
  isList: true,
})
