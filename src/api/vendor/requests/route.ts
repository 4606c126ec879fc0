import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  VendorRequestListResponse,
  VendorRequestResponse,
} from "../../../types/http"
import { createSellerRequestWorkflow } from "../../../workflows/request/workflows/create-seller-request"
import { listPage } from "../../utils/list-page"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import { vendorRequestFields } from "./query-config"
import type { VendorCreateRequestType } from "./validators"

export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorRequestListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: requests, metadata } = await query.graph({
    entity: "request",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    requests,
    ...listPage(metadata, req.queryConfig.pagination, requests.length),
  })
}

export const POST = async (
  req: VendorRequest<VendorCreateRequestType>,
  res: MedusaResponse<VendorRequestResponse>
) => {
  const { result } = await createSellerRequestWorkflow(req.scope).run({
    input: {
      type: req.validatedBody.type,
      payload: req.validatedBody.payload,
      seller_id: req.seller_context.seller_id,
      submitted_by: req.seller_context.member_id,
    },
  })
  const request = await refetchOne<VendorRequestResponse["request"]>(
    "request",
    result.id,
    req.scope,
    vendorRequestFields
  )
  res.status(201).json({ request })
}
