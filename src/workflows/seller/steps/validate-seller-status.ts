import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  SELLER_MODULE,
  SellerModuleService,
  SellerStatus,
} from "../../../modules/seller"

export type ValidateSellerStatusStepInput = {
  seller_id: string
  allowed: SellerStatus[]
  /** What is being attempted, for the error message ("suspend", "approve"...). */
  action: string
}

export const validateSellerStatusStepId = "validate-seller-status"

/** Fails unless the seller exists and is in one of the allowed statuses. */
export const validateSellerStatusStep = createStep(
  validateSellerStatusStepId,
  async (input: ValidateSellerStatusStepInput, { container }) => {
    const seller = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .retrieveSeller(input.seller_id)
    if (!input.allowed.includes(seller.status as SellerStatus)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Cannot ${input.action} seller ${seller.id}: its status is ${seller.status}`
      )
    }
    return new StepResponse(seller)
  }
)
