import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import { listPage } from "../../utils/list-page"

/**
 * The marketplace's categories, types and tags a seller files products under: global
 * reference data, not the seller's own, so these lists are not filtered by seller. They are
 * read-only, paginated (`limit`, `offset`, `order`) and searched with `q`; deleted ones stay
 * hidden (no `with_deleted`).
 */
export function referenceListParams(order: string) {
  return createFindParams({ limit: 20, offset: 0, order })
    .omit({ with_deleted: true })
    .extend({ q: z.string().optional() })
}

/** The query config of a reference list: exactly `fields`, no relation beyond them. */
export function referenceListConfig(fields: string[]) {
  return {
    defaults: fields,
    allowed: fields,
    defaultLimit: 20,
    isList: true,
  }
}

/** One page of a reference entity, with the request's search and the `filters` that always apply. */
export async function listReferences<T>(
  req: MedusaRequest,
  entity: "product_category" | "product_type" | "product_tag",
  filters: Record<string, unknown> = {}
): Promise<{ data: T[]; count: number; limit: number; offset: number }> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity,
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, ...filters },
    pagination: req.queryConfig.pagination,
  })
  return {
    data: data as T[],
    ...listPage(metadata, req.queryConfig.pagination, data.length),
  }
}
