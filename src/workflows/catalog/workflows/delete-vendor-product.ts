import { deleteProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"
import { withdrawPublicationRequestsStep } from "../steps/withdraw-publication-requests"

export type DeleteVendorProductWorkflowInput = {
  seller_id: string
  product_id: string
}

export const deleteVendorProductWorkflowId = "delete-vendor-product"

/** Deletes one of the seller's products and withdraws its pending publication requests. */
export const deleteVendorProductWorkflow = createWorkflow(
  deleteVendorProductWorkflowId,
  (input: WorkflowData<DeleteVendorProductWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(ownership)
    withdrawPublicationRequestsStep({
      seller_id: input.seller_id,
      product_id: input.product_id,
    })
    const ids = transform({ input }, ({ input }) => ({
      ids: [input.product_id],
    }))
    deleteProductsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse(input.product_id)
  }
)
