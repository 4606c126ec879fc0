import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { VendorStatsResponse } from "../../../types/http"
import type { VendorRequest } from "../seller-context"
import { computeSellerStats } from "./seller-stats"
import { statsPeriod, VendorGetStatsParamsType } from "./validators"

/** The calling seller's performance per UTC day of `from`..`to`, one series per currency. */
export const GET = async (
  req: VendorRequest<unknown, VendorGetStatsParamsType>,
  res: MedusaResponse<VendorStatsResponse>
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = req.validatedQuery as VendorGetStatsParamsType
  const stats = await computeSellerStats(knex, {
    seller_id: req.seller_context.seller_id,
    ...statsPeriod(query),
    currency_code: query.currency_code,
  })
  res.json({ stats })
}
