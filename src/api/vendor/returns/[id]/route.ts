import type { MedusaResponse } from "@medusajs/framework/http"
import type { VendorReturnResponse } from "../../../../types/http"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"

/** One return of the seller's orders (ownership: the route's middlewares). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorReturnResponse>
) => {
  const orderReturn = await refetchOne<VendorReturnResponse["return"]>(
    "return",
    req.params.id,
    req.scope,
    req.queryConfig.fields
  )
  res.json({ return: orderReturn })
}
