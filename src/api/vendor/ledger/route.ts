import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorLedgerEntryListResponse } from "../../../types/http"
import { listPage } from "../../utils/list-page"
import type { VendorRequest } from "../seller-context"

/** The calling seller's ledger entries, newest first. */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorLedgerEntryListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: ledger_entries, metadata } = await query.graph({
    entity: "ledger_entry",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    ledger_entries,
    ...listPage(metadata, req.queryConfig.pagination, ledger_entries.length),
  })
}
