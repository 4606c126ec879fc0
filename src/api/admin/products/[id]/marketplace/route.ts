import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refetchOne } from "../../../../refetch-one"

const requestFields = ["id", "status", "payload", "reviewer_note", "reviewed_at", "created_at"]

/** What the marketplace adds to a product: its seller and its publication requests, newest first. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { seller } = (await refetchOne("product", req.params.id, req.scope, [
    "id",
    "seller.id",
    "seller.name",
    "seller.handle",
    "seller.status",
  ])) as { seller?: Record<string, unknown> | null }

  // The product id is inside the request's JSON payload, which Query cannot filter on.
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = (await knex.raw(
    `SELECT id FROM request
      WHERE type = 'product_publication' AND payload->>'product_id' = ? AND deleted_at IS NULL`,
    [req.params.id]
  )) as { rows: { id: string }[] }
  let publication_requests: unknown[] = []
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
