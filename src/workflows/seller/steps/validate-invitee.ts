import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export const validateInviteeStepId = "validate-invitee"

/** An email that already belongs to a member (of any seller) cannot be invited. */
export const validateInviteeStep = createStep(
  validateInviteeStepId,
  async ({ email }: { email: string }, { container }) => {
    const [member] = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listMembers({ email: email.toLowerCase() }, { select: ["id"] })
    if (member) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${email} is already a member of a seller`
      )
    }
    return new StepResponse(email)
  }
)
