import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { listSellerLinkedIds } from "../../utils/seller-links"
import { sellerOfRequest } from "./seller-of-request"

/**
 * List routes of records that belong to an order (returns): the `order_id` filter becomes
 * the calling seller's orders, narrowed to those the client asked for, if any. Runs after
 * `validateAndTransformQuery`.
 */
export function filterBySellerOrders() {
  return async function filterBySellerOrdersMiddleware(
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    const own = await listSellerLinkedIds(
      req.scope,
      "order",
      sellerOfRequest(req)
    )
    const requested = req.filterableFields.order_id as
      string | string[] | undefined
    const orderIds =
      requested === undefined
        ? own
        : ([] as string[]).concat(requested).filter((id) => own.includes(id))
    req.filterableFields = { ...req.filterableFields, order_id: orderIds }
    next()
  }
}
