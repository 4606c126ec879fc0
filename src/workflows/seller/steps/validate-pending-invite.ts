import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MemberRole,
  SELLER_MODULE,
  SellerModuleService,
} from "../../../modules/seller"

export const validatePendingInviteStepId = "validate-pending-invite"

export type ValidatePendingInviteStepInput = {
  seller_id: string
  invite_id: string
  /** The role of the member acting on the invite. */
  actor_role: MemberRole
}

/**
 * The seller's invite that was not accepted yet (404 for another seller's or a missing
 * one, 400 once accepted). An invite to become an owner is an owner's business only, as
 * making someone an owner is.
 */
export const validatePendingInviteStep = createStep(
  validatePendingInviteStepId,
  async (input: ValidatePendingInviteStepInput, { container }) => {
    const [invite] = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listInvites({ id: input.invite_id, seller_id: input.seller_id })
    if (!invite) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Invite with id: ${input.invite_id} was not found`
      )
    }
    if (invite.accepted_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invite has already been accepted"
      )
    }
    if (invite.role === "owner" && input.actor_role !== "owner") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only an owner can manage an invite to become an owner"
      )
    }
    return new StepResponse(invite)
  }
)
