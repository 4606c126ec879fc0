import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  SELLER_MODULE,
  SellerModuleService,
  SellerStatus,
} from "../../../modules/seller"

export const retrieveSellerStatusStepId = "retrieve-seller-status"

export const retrieveSellerStatusStep = createStep(
  retrieveSellerStatusStepId,
  async (input: { seller_id: string }, { container }) => {
    const seller = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .retrieveSeller(input.seller_id, { select: ["id", "status"] })
    return new StepResponse(seller.status as SellerStatus)
  }
)
