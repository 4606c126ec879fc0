import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export const deleteMemberStepId = "delete-member"

/**
 * Soft-deletes a member: the seller context no longer finds it, so every token that names
 * it as actor is refused from the next request on. The compensation restores it.
 */
export const deleteMemberStep = createStep(
  deleteMemberStepId,
  async (id: string, { container }) => {
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .softDeleteMembers([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .restoreMembers([id])
  }
)
