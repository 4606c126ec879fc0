import type { MedusaContainer } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MedusaError,
  upperCaseFirst,
} from "@medusajs/framework/utils"

/**
 * One record by id through Query, or Medusa's 404 (`Commission rule with id: … was not
 * found`). `filters` narrows the lookup, so another owner's record is a 404 too. The
 * record has the shape the route's response type declares for the queried fields.
 */
export async function refetchOne<
  Record = { id: string; [field: string]: unknown },
>(
  entity: string,
  id: string,
  scope: MedusaContainer,
  fields: string[],
  filters: { [field: string]: unknown } = {}
): Promise<Record> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [record],
  } = await query.graph({ entity, fields, filters: { ...filters, id } })
  if (!record) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `${notFoundLabel(entity)} with id: ${id} was not found`
    )
  }
  return record as Record
}

/** `stock_location` → `Stock location`, as Medusa names an entity in its 404 messages. */
export function notFoundLabel(entity: string): string {
  return upperCaseFirst(entity.split("_").join(" "))
}
