import { createAndLinkProductOptionsToProductWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateNewProductOptionStep } from "../steps/validate-new-product-option"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"

export const createVendorProductOptionWorkflowId =
  "create-vendor-product-option"

export type CreateVendorProductOptionWorkflowInput = {
  seller_id: string
  product_id: string
  option: { title: string; values: string[] }
}

/**
 * Adds a new option with its values to one of the seller's products through Medusa's
 * createAndLinkProductOptionsToProductWorkflow (its steps undo the option and the link on a
 * failure). The option is the product's own (exclusive): no other product can be linked to
 * it, and it is deleted with its last link. Existing variants get no value for it. Options
 * shape the variants, so the change applies at once, also on a published product.
 */
export const createVendorProductOptionWorkflow = createWorkflow(
  createVendorProductOptionWorkflowId,
  (input: WorkflowData<CreateVendorProductOptionWorkflowInput>) => {
    const product = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(product)
    const candidate = transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      title: input.option.title,
      values: input.option.values,
    }))
    validateNewProductOptionStep(candidate)
    const link = transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      add: [
        {
          title: input.option.title,
          values: input.option.values,
          is_exclusive: true,
        },
      ],
    }))
    createAndLinkProductOptionsToProductWorkflow.runAsStep({ input: link })
    return new WorkflowResponse(input.product_id)
  }
)
