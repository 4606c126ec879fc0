import { deleteProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateProductVariantStep } from "../steps/validate-product-variant"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const deleteVendorProductVariantWorkflowId =
  "delete-vendor-product-variant"

export type DeleteVendorProductVariantWorkflowInput = {
  seller_id: string
  product_id: string
  variant_id: string
}

/**
 * Deletes a variant of one of the seller's products with Medusa's
 * deleteProductVariantsWorkflow (its inventory item goes too; stock reserved for orders
 * makes that a 400).
 */
export const deleteVendorProductVariantWorkflow = createWorkflow(
  deleteVendorProductVariantWorkflowId,
  (input: WorkflowData<DeleteVendorProductVariantWorkflowInput>) => {
    const product = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(product)
    validateProductVariantStep({
      product_id: input.product_id,
      variant_id: input.variant_id,
    })
    const ids = transform({ input }, ({ input }) => ({
      ids: [input.variant_id],
    }))
    deleteProductVariantsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse(input.variant_id)
  }
)
