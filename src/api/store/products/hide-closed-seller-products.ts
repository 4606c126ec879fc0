import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import SellerProductLink from "../../../links/seller-product"
import { SELLER_MODULE } from "../../../modules/seller"
import type SellerModuleService from "../../../modules/seller/service"

/**
 * Products linked to a seller that is not `open` (pending, suspended, terminated). Every
 * product read runs it: the sellers come straight from the seller module (one indexed
 * read of ids, no Query planning), the links only when some seller is not open.
 */
export async function listHiddenProductIds(
  req: MedusaRequest
): Promise<string[]> {
  const sellers = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listSellers({ status: { $ne: "open" } }, { select: ["id"] })
  if (!sellers.length) {
    return []
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id"],
    filters: { seller_id: sellers.map((seller) => seller.id) },
  })
  return (links as { product_id: string }[]).map((link) => link.product_id)
}

/**
 * `GET /store/products/:id` of a seller that is not open is a 404, like a missing one.
 * Runs after Medusa's own middlewares of the route (same matcher, app registered last).
 */
export async function hideClosedSellerProduct(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const hidden = await listHiddenProductIds(req)
    if (hidden.includes(req.params.id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product with id: ${req.params.id} was not found`
      )
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** `GET /store/products` leaves out products of sellers that are not open. */
export async function hideClosedSellerProducts(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const hidden = await listHiddenProductIds(req)
    if (hidden.length) {
      const filters = req.filterableFields as Record<string, unknown>
      const requested = filters.id
      if (typeof requested === "string" || Array.isArray(requested)) {
        const ids = ([] as string[]).concat(requested as string | string[])
        filters.id = ids.filter((id) => !hidden.includes(id))
      } else {
        filters.id = { $nin: hidden }
      }
    }
    next()
  } catch (error) {
    next(error)
  }
}
