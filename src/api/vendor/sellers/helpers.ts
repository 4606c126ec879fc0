import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchSeller(
  sellerId: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({ entity: "seller", fields, filters: { id: sellerId } })
  if (!seller) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Seller with id: ${sellerId} was not found`)
  }
  return seller
}
