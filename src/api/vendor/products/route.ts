import type { MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../../workflows/catalog/utils/seller-resources"
import { createVendorProductWorkflow } from "../../../workflows/catalog/workflows/create-vendor-product"
import type { VendorRequest } from "../seller-context"
import { refetchVendorProduct } from "./helpers"
import type { VendorCreateProductType } from "./validators"

/** The seller's own products (through the seller↔product link). */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  const ids = await listSellerResourceIds(req.scope, "product", req.seller_context.seller_id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products, metadata } = await query.graph({
    entity: "product",
    fields: req.queryConfig.fields,
    filters: { ...req.filterableFields, id: ids },
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
  const product = await refetchVendorProduct(result.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ product })
}
