import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchOrderGroup(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({ entity: "order_group", fields, filters: { id } })
  if (!group) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order group with id: ${id} was not found`)
  }
  return group
}
