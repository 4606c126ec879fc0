import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { REVIEW_MODULE, ReviewModuleService } from "../../../../modules/review"
import type { StoreSellerResponse } from "../../../../types/http"
import { listSellerLinkedIds } from "../../../utils/seller-links"
import {
  SELLER_PRODUCTS_LIMIT,
  storeSellerProductFields,
} from "../query-config"

/**
 * An open seller by handle, with its published products (newest first, at most
 * SELLER_PRODUCTS_LIMIT; `/store/products` pages through the rest) and its rating (the
 * published reviews of the seller itself, through the cache). Any other status is
 * indistinguishable from a missing seller (404).
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreSellerResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: [...new Set([...req.queryConfig.fields, "id"])],
    filters: { handle: req.params.handle, status: "open" },
  })
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller with handle: ${req.params.handle} was not found`
    )
  }
  const ids = await listSellerLinkedIds(req.scope, "product", seller.id)
  const { data: products } = ids.length
    ? await query.graph({
        entity: "product",
        fields: storeSellerProductFields,
        filters: { id: ids, status: "published" },
        pagination: {
          take: SELLER_PRODUCTS_LIMIT,
          skip: 0,
          order: { created_at: "DESC" },
        },
      })
    : { data: [] }
  const ratings = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .retrieveRatings([seller.id])
  res.json({ seller: { ...seller, products, rating: ratings[seller.id] } })
}
