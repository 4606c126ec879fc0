import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, upperCaseFirst } from "@medusajs/framework/utils"

/**
 * One record by id through Query, or Medusa's 404 (`Commission rule with id: … was not
 * found`). `filters` narrows the lookup, so another owner's record is a 404 too.
 */
export async function refetchOne(
  entity: string,
  id: string,
  scope: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown> = {}
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { ...filters, id } })
  if (!record) {
    const label = upperCaseFirst(entity.split("_").join(" "))
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${label} with id: ${id} was not found`)
  }
  return record
}
