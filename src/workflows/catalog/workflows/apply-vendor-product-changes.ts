import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { updateVendorProductOptionsStep } from "../steps/update-vendor-product-options"
import type { VendorProductChanges } from "../utils/vendor-product-changes"

export const applyVendorProductChangesWorkflowId =
  "apply-vendor-product-changes"

export type ApplyVendorProductChangesWorkflowInput = {
  product_id: string
  changes: Partial<VendorProductChanges>
}

/**
 * Applies a seller's product changes in one go: the product's fields through Medusa's
 * updateProductsWorkflow, its own options through the Product Module. Used for direct edits
 * and when an admin accepts a `product_update` request.
 */
export const applyVendorProductChangesWorkflow = createWorkflow(
  applyVendorProductChangesWorkflowId,
  (input: WorkflowData<ApplyVendorProductChangesWorkflowInput>) => {
    const split = transform({ input }, ({ input }) => {
      const { options, ...fields } = input.changes
      return {
        product: { selector: { id: input.product_id }, update: fields },
        hasFields: Object.values(fields).some((value) => value !== undefined),
        options: options ?? [],
      }
    })
    when(
      "update-product-fields",
      { split },
      ({ split }) => split.hasFields
    ).then(() => {
      const update = transform({ split }, ({ split }) => split.product)
      updateProductsWorkflow.runAsStep({ input: update })
    })
    when(
      "update-product-options",
      { split },
      ({ split }) => split.options.length > 0
    ).then(() => {
      const options = transform({ input, split }, ({ input, split }) => ({
        product_id: input.product_id,
        options: split.options,
      }))
      updateVendorProductOptionsStep(options)
    })
    return new WorkflowResponse(input.product_id)
  }
)
