import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../catalog/utils/seller-resources"

/**
 * A return of one of the seller's orders (a return belongs to whoever sells the order),
 * with the given fields; any other return is a 404 like a missing one.
 */
export async function retrieveSellerReturn(
  scope: MedusaContainer,
  sellerId: string,
  returnId: string,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "return",
    fields: [...new Set([...fields, "order_id"])],
    filters: { id: returnId },
  })
  const orderId = (found as { order_id?: string } | undefined)?.order_id
  const owned = orderId
    ? await listSellerResourceIds(scope, "order", sellerId, [orderId])
    : []
  if (!found || !owned.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Return with id: ${returnId} was not found`
    )
  }
  return found
}
