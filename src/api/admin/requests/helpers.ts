import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export async function refetchRequest(
  requestId: string,
  scope: MedusaContainer,
  fields: string[]
): Promise<Record<string, unknown>> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [request],
  } = await query.graph({ entity: "request", fields, filters: { id: requestId } })
  if (!request) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Request with id: ${requestId} was not found`)
  }
  return request
}
