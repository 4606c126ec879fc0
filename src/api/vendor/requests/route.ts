import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createSellerRequestWorkflow } from "../../../workflows/request/workflows/create-seller-request"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import { vendorRequestFields } from "./query-config"
import type { VendorCreateRequestType } from "./validators"

export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: requests, metadata } = await query.graph({
    entity: "request",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    requests,
    count: metadata?.count ?? requests.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}

export const POST = async (req: VendorRequest<VendorCreateRequestType>, res: MedusaResponse) => {
  const { result } = await createSellerRequestWorkflow(req.scope).run({
    input: {
      type: req.validatedBody.type,
      payload: req.validatedBody.payload,
      seller_id: req.seller_context.seller_id,
      submitted_by: req.seller_context.member_id,
    },
  })
  const request = await refetchOne("request", result.id, req.scope, vendorRequestFields)
  res.status(201).json({ request })
}
