import { deleteShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const deleteVendorShippingOptionWorkflowId =
  "delete-vendor-shipping-option"

export type DeleteVendorShippingOptionWorkflowInput = {
  seller_id: string
  shipping_option_id: string
}

/**
 * Deletes one of the seller's shipping options with Medusa's deleteShippingOptionsWorkflow
 * (which also removes its links, the seller's among them). Orders already placed keep
 * their shipping method.
 */
export const deleteVendorShippingOptionWorkflow = createWorkflow(
  deleteVendorShippingOptionWorkflowId,
  (input: WorkflowData<DeleteVendorShippingOptionWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "shipping_option" as const,
      ids: [input.shipping_option_id],
    }))
    validateSellerOwnsStep(ownership)
    const ids = transform({ input }, ({ input }) => ({
      ids: [input.shipping_option_id],
    }))
    deleteShippingOptionsWorkflow.runAsStep({ input: ids })
    return new WorkflowResponse(input.shipping_option_id)
  }
)
