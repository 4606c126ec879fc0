import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { assertSellerOwns, SellerResource } from "../utils/seller-resources"

export type ValidateSellerOwnsStepInput = {
  seller_id: string
  resource: SellerResource
  ids: string[]
}

export const validateSellerOwnsStepId = "validate-seller-owns"

/** Fails with 404 unless every id is linked to the seller. */
export const validateSellerOwnsStep = createStep(
  validateSellerOwnsStepId,
  async (input: ValidateSellerOwnsStepInput, { container }) => {
    await assertSellerOwns(
      container,
      input.resource,
      input.seller_id,
      input.ids
    )
    return new StepResponse(true)
  }
)
