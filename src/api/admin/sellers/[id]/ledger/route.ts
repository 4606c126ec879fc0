import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchOne } from "../../../../refetch-one"

/** The seller's ledger entries, newest first; filters type and currency_code. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await refetchOne("seller", req.params.id, req.scope, ["id"])
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ledger_entries, metadata } = await query.graph({
    entity: "ledger_entry",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, seller_id: req.params.id },
    pagination: req.queryConfig.pagination,
  })
  res.json({
    ledger_entries,
    count: metadata?.count ?? ledger_entries.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}
