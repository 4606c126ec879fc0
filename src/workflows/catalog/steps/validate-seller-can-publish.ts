import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export const validateSellerCanPublishStepId = "validate-seller-can-publish"

/** Only an `open` seller may publish (or ask to publish); pending sellers keep drafts. */
export const validateSellerCanPublishStep = createStep(
  validateSellerCanPublishStepId,
  async (input: { seller_id: string }, { container }) => {
    const seller = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .retrieveSeller(input.seller_id, { select: ["id", "status"] })
    if (seller.status !== "open") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Seller ${seller.id} is ${seller.status}; products can be published once an admin approves the seller`
      )
    }
    return new StepResponse(void 0)
  }
)
