import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export const deleteInviteStepId = "delete-invite"

/**
 * Soft-deletes an invite: token lookups skip deleted invites, so its token stops working.
 * The compensation restores it.
 */
export const deleteInviteStep = createStep(
  deleteInviteStepId,
  async (id: string, { container }) => {
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .softDeleteInvites([id])
    return new StepResponse(id, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .restoreInvites([id])
  }
)
