import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"
import { hashInviteToken } from "../utils/invite-token"

export type ClaimInviteStepInput = { token: string; email: string }

export const claimInviteStepId = "claim-invite"

/**
 * Marks the invite accepted if the token is valid, unexpired, unused and was sent to
 * `email`. The update is conditional on `accepted_at IS NULL`, so two concurrent
 * claims of one token cannot both succeed.
 */
export const claimInviteStep = createStep(
  claimInviteStepId,
  async ({ token, email }: ClaimInviteStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [invite] = await service.listInvites({
      token_hash: hashInviteToken(token),
    })
    if (!invite) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Invite not found or token invalid"
      )
    }
    if (invite.accepted_at) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invite has already been used"
      )
    }
    if (new Date(invite.expires_at).getTime() <= Date.now()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invite has expired"
      )
    }
    if (invite.email !== email.toLowerCase()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invite was sent to a different email address"
      )
    }
    const claimed = await service.updateInvites({
      selector: { id: invite.id, accepted_at: null },
      data: { accepted_at: new Date() },
    })
    if (!claimed.length) {
      throw new MedusaError(
        MedusaError.Types.CONFLICT,
        "This invite has already been used"
      )
    }
    return new StepResponse(claimed[0], invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .updateInvites({ id: inviteId, accepted_at: null })
  }
)
