import type { MedusaRequest } from "@medusajs/framework/http"
import type { RemoteQueryFunctionReturnPagination } from "@medusajs/framework/types"

/**
 * `{ count, limit, offset }` of a list answer, from what Query returned and the page the
 * request asked for (list routes always have a limit: their query config's default).
 */
export function listPage(
  metadata: RemoteQueryFunctionReturnPagination | undefined,
  pagination: MedusaRequest["queryConfig"]["pagination"],
  returned: number
): { count: number; limit: number; offset: number } {
  return {
    count: metadata?.count ?? returned,
    limit: metadata?.take ?? pagination.take ?? returned,
    offset: metadata?.skip ?? pagination.skip,
  }
}
