import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One payout by id through Query; `filters` narrows it (a vendor passes its seller_id). */
export async function refetchPayout(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  filters: Record<string, unknown> = {}
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payout],
  } = await query.graph({ entity: "payout", fields, filters: { ...filters, id } })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${id} was not found`)
  }
  return payout
}
