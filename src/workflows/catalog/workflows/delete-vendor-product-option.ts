import { createAndLinkProductOptionsToProductWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateProductOptionStep } from "../steps/validate-product-option"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const deleteVendorProductOptionWorkflowId =
  "delete-vendor-product-option"

export type DeleteVendorProductOptionWorkflowInput = {
  seller_id: string
  product_id: string
  option_id: string
}

/**
 * Removes an option from one of the seller's products with Medusa's
 * createAndLinkProductOptionsToProductWorkflow, as the admin's option batch route does: the
 * product's own option is deleted with it, a marketplace-wide one is only unlinked. While a
 * variant of the product uses one of its values, the Product Module refuses (400).
 */
export const deleteVendorProductOptionWorkflow = createWorkflow(
  deleteVendorProductOptionWorkflowId,
  (input: WorkflowData<DeleteVendorProductOptionWorkflowInput>) => {
    const product = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(product)
    validateProductOptionStep({
      product_id: input.product_id,
      option_id: input.option_id,
    })
    const unlink = transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      remove: [input.option_id],
    }))
    createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: unlink })
    return new WorkflowResponse(input.option_id)
  }
)
