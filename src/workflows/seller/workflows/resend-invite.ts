import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../modules/seller"
import { SellerEvents } from "../../../modules/seller/events"
import { memberInvitedData } from "../utils/member-invited-data"
import { renewInviteTokenStep } from "../steps/renew-invite-token"
import { validatePendingInviteStep } from "../steps/validate-pending-invite"

export const resendInviteWorkflowId = "resend-invite"

export type ResendInviteWorkflowInput = {
  seller_id: string
  invite_id: string
  actor: { member_id: string; role: MemberRole }
}

/**
 * Sends a pending (or expired) invite again with a new token and a fresh expiry; the
 * previous token stops working. The invitee gets the new token by email, through the
 * same `seller.member_invited` event as the first invitation.
 */
export const resendInviteWorkflow = createWorkflow(
  resendInviteWorkflowId,
  (input: WorkflowData<ResendInviteWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      invite_id: input.invite_id,
      actor_role: input.actor.role,
    }))
    validatePendingInviteStep(check)
    const renewed = renewInviteTokenStep(input.invite_id)
    const invited = transform({ renewed, input }, ({ renewed, input }) =>
      memberInvitedData(renewed.invite, renewed.token, input.actor.member_id)
    )
    emitEventStep({ eventName: SellerEvents.MEMBER_INVITED, data: invited })
    const invite = transform({ renewed }, ({ renewed }) => renewed.invite)
    return new WorkflowResponse(invite)
  }
)
