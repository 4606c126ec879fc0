import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"

/** The pending `seller_registration` request of a seller, or a 400 naming why there is none. */
export async function pendingRegistrationRequestId(
  scope: MedusaContainer,
  sellerId: string
): Promise<string> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: ["id", "status"],
    filters: { id: sellerId },
  })
  if (!seller) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Seller with id: ${sellerId} was not found`
    )
  }
  const {
    data: [request],
  } = await query.graph({
    entity: "request",
    fields: ["id"],
    filters: {
      seller_id: sellerId,
      type: "seller_registration",
      status: "pending",
    },
  })
  if (!request) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Seller ${sellerId} has no pending registration (status: ${seller.status})`
    )
  }
  return request.id
}
