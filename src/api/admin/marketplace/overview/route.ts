import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminMarketplaceOverviewResponse } from "../../../../types/http"
import type { AdminGetMarketplaceOverviewParamsType } from "../validators"
import { computeMarketplaceOverview } from "./overview-figures"

/** The figures of the admin's marketplace overview page. */
export const GET = async (
  req: AuthenticatedMedusaRequest<
    unknown,
    AdminGetMarketplaceOverviewParamsType
  >,
  res: MedusaResponse<AdminMarketplaceOverviewResponse>
) => {
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const overview = await computeMarketplaceOverview(knex, {
    days: req.validatedQuery.days,
  })
  res.json({ overview })
}
