import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createVendorProductWorkflow } from "../../../workflows/catalog/workflows/create-vendor-product"
import { refetchOne } from "../../utils/refetch-one"
import type { VendorRequest } from "../seller-context"
import type { VendorCreateProductType } from "./validators"

/** The seller's own products (through the seller↔product link). */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    products,
    count: metadata?.count ?? products.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}

/** A draft, then publication per PRODUCT_APPROVAL (docs/catalog.md). */
export const POST = async (req: VendorRequest<VendorCreateProductType>, res: MedusaResponse) => {
  const { result } = await createVendorProductWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.seller_context.member_id,
      product: req.validatedBody,
    },
  })
  const product = await refetchOne("product", result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ product })
}
