import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminSellerLedgerEntryListResponse } from "../../../../../types/http"
import { listPage } from "../../../../utils/list-page"
import { refetchOne } from "../../../../utils/refetch-one"

/** The seller's ledger entries, newest first; filters type and currency_code. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminSellerLedgerEntryListResponse>
) => {
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
    ...listPage(metadata, req.queryConfig.pagination, ledger_entries.length),
  })
}
