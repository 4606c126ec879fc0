import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorPayoutResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"

/** One of the calling seller's payouts (ownership: the route's middlewares). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorPayoutResponse>
) => {
  const payout = await refetchOne<VendorPayoutResponse["payout"]>(
    "payout",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ payout })
}
