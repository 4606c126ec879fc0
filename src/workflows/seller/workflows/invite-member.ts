import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../../modules/seller/events"
import { createInviteStep } from "../steps/create-invite"
import { validateInviteeStep } from "../steps/validate-invitee"

export type InviteMemberWorkflowInput = {
  seller_id: string
  email: string
  role: "admin" | "member"
  invited_by?: string | null
}

export const inviteMemberWorkflowId = "invite-member"

/** Creates an invite; the token reaches the invitee only through the `seller.member_invited` email. */
export const inviteMemberWorkflow = createWorkflow(
  inviteMemberWorkflowId,
  (input: WorkflowData<InviteMemberWorkflowInput>) => {
    validateInviteeStep({ email: input.email })
    const created = createInviteStep({
      seller_id: input.seller_id,
      email: input.email,
      role: input.role,
    })
    const invited = transform({ created, input }, ({ created, input }) => ({
      id: created.invite.id,
      seller_id: created.invite.seller_id,
      email: created.invite.email,
      role: created.invite.role,
      token: created.token,
      expires_at: new Date(created.invite.expires_at).toISOString(),
      invited_by: input.invited_by ?? null,
    }))
    emitEventStep({ eventName: SellerEvents.MEMBER_INVITED, data: invited })
    const invite = transform({ created }, ({ created }) => created.invite)
    return new WorkflowResponse(invite)
  }
)
