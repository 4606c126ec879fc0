import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchCommissionRule(
  id: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [rule],
  } = await query.graph({ entity: "commission_rule", fields, filters: { id } })
  if (!rule) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule with id: ${id} was not found`)
  }
  return rule
}
