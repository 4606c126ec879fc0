import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"
import {
  generateInviteToken,
  hashInviteToken,
  INVITE_TTL_MS,
} from "../utils/invite-token"

export const renewInviteTokenStepId = "renew-invite-token"

/**
 * Gives a pending invite a new token and a new expiry; only the new token's hash is
 * stored, so the previous token stops working. The update is conditional on the invite
 * still being unaccepted. The compensation restores the previous hash and expiry.
 */
export const renewInviteTokenStep = createStep(
  renewInviteTokenStepId,
  async (id: string, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await service.retrieveInvite(id, {
      select: ["id", "token_hash", "expires_at"],
    })
    const token = generateInviteToken()
    const [invite] = await service.updateInvites({
      selector: { id, accepted_at: null },
      data: {
        token_hash: hashInviteToken(token),
        expires_at: new Date(Date.now() + INVITE_TTL_MS),
      },
    })
    if (!invite) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "This invite has already been accepted"
      )
    }
    return new StepResponse(
      { invite, token },
      { id, token_hash: before.token_hash, expires_at: before.expires_at }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .updateInvites(previous)
  }
)
