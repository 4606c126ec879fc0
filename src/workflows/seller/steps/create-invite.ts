import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MemberRole,
  SELLER_MODULE,
  SellerModuleService,
} from "../../../modules/seller"
import {
  generateInviteToken,
  hashInviteToken,
  INVITE_TTL_MS,
} from "../utils/invite-token"

export type CreateInviteStepInput = {
  seller_id: string
  email: string
  role: MemberRole
}

export const createInviteStepId = "create-invite"

/** Creates the invite and returns the raw token once; the database keeps only its hash. */
export const createInviteStep = createStep(
  createInviteStepId,
  async (input: CreateInviteStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const token = generateInviteToken()
    const invite = await service.createInvites({
      seller_id: input.seller_id,
      email: input.email.toLowerCase(),
      role: input.role,
      token_hash: hashInviteToken(token),
      expires_at: new Date(Date.now() + INVITE_TTL_MS),
    })
    return new StepResponse({ invite, token }, invite.id)
  },
  async (inviteId, { container }) => {
    if (!inviteId) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .deleteInvites(inviteId)
  }
)
