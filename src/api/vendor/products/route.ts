import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  VendorProductListResponse,
  VendorProductResponse,
} from "../../../types/http"
import { createVendorProductWorkflow } from "../../../workflows/catalog/workflows/create-vendor-product"
import { listPage } from "../../utils/list-page"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import type { VendorCreateProductType } from "./validators"

/** The seller's own products (through the seller↔product link). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorProductListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    products,
    ...listPage(metadata, req.queryConfig.pagination, products.length),
  })
}

/** A draft, then publication per PRODUCT_APPROVAL (docs/catalog.md). */
export const POST = async (
  req: VendorRequest<VendorCreateProductType>,
  res: MedusaResponse<VendorProductResponse>
) => {
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      product: req.validatedBody,
    },
  })
  const product = await refetchOne<VendorProductResponse["product"]>(
    "product",
    result.id,
    req.scope,
    req.queryConfig.fields
  )
  res.status(201).json({ product })
}
