import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchStockLocation(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [location],
  } = await query.graph({ entity: "stock_location", fields, filters: { id } })
  if (!location) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Stock location with id: ${id} was not found`)
  }
  return location
}
