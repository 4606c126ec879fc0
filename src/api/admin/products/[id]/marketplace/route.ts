import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminProductMarketplaceResponse } from "../../../../../types/http"
import { refetchOne } from "../../../../utils/refetch-one"

const requestFields = [
  "id",
  "status",
  "payload",
  "reviewer_note",
  "reviewed_at",
  "created_at",
]

/** What the marketplace adds to a product: its seller and its publication requests, newest first. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminProductMarketplaceResponse>
) => {
  const { seller } = await refetchOne<
    Partial<Pick<AdminProductMarketplaceResponse, "seller">>
  >("product", req.params.id, req.scope, [
    "id",
    "seller.id",
    "seller.name",
    "seller.handle",
    "seller.status",
  ])

  // The product id is inside the request's JSON payload, which Query cannot filter on.
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await knex.raw(
    `SELECT id FROM request
      WHERE type = 'product_publication' AND payload->>'product_id' = ? AND deleted_at IS NULL`,
    [req.params.id]
  )) as { rows: { id: string }[] }
  let publication_requests: AdminProductMarketplaceResponse["publication_requests"] =
    []
  if (rows.length) {
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "request",
      fields: requestFields,
      filters: { id: rows.map((row) => row.id) },
      pagination: { order: { created_at: "DESC" } },
    })
    publication_requests = data
  }
  res.json({ seller: seller ?? null, publication_requests })
}
