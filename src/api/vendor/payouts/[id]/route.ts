import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "../../seller-context"

/** One of the calling seller's payouts; another seller's is a 404, as if it did not exist. */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [payout],
  } = await query.graph({
    entity: "payout",
    fields: req.queryConfig.fields,
    filters: { id: req.params.id, seller_id: req.seller_context.seller_id },
  })
  if (!payout) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Payout with id: ${req.params.id} was not found`)
  }
  res.json({ payout })
}
