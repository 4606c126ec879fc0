import { updateShippingOptionsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const updateVendorShippingOptionWorkflowId =
  "update-vendor-shipping-option"

export type UpdateVendorShippingOptionWorkflowInput = {
  seller_id: string
  shipping_option_id: string
  name?: string
  /** Replace the option's prices. */
  prices?: { currency_code: string; amount: number }[]
  type?: { label: string; description?: string; code: string }
}

/** Renames, reprices or retypes one of the seller's shipping options (Medusa's updateShippingOptionsWorkflow). */
export const updateVendorShippingOptionWorkflow = createWorkflow(
  updateVendorShippingOptionWorkflowId,
  (input: WorkflowData<UpdateVendorShippingOptionWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "shipping_option" as const,
      ids: [input.shipping_option_id],
    }))
    validateSellerOwnsStep(ownership)
    const update = transform({ input }, ({ input }) => [
      {
        id: input.shipping_option_id,
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.prices ? { prices: input.prices } : {}),
        ...(input.type ? { type: input.type } : {}),
      },
    ])
    updateShippingOptionsWorkflow.runAsStep({ input: update })
    return new WorkflowResponse(input.shipping_option_id)
  }
)
