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
import { createInviteStep } from "../steps/create-invite"
import { validateInviteeStep } from "../steps/validate-invitee"
import { validateSellerStatusStep } from "../steps/validate-seller-status"

export const inviteMemberWorkflowId = "invite-member"

export type InviteMemberWorkflowInput = {
  seller_id: string
  email: string
  /** Sellers invite admins and members; a platform admin may also invite an owner. */
  role: MemberRole
  /** The inviting member, or the admin user for invites sent from the admin. */
  invited_by?: string | null
}

/** Creates an invite; the token reaches the invitee only through the `seller.member_invited` email. */
export const inviteMemberWorkflow = createWorkflow(
  inviteMemberWorkflowId,
  (input: WorkflowData<InviteMemberWorkflowInput>) => {
    validateSellerStatusStep({
      seller_id: input.seller_id,
      allowed: ["pending_approval", "open", "suspended"],
      action: "invite members to",
    })
    validateInviteeStep({ email: input.email })
    const created = createInviteStep({
      seller_id: input.seller_id,
      email: input.email,
      role: input.role,
    })
    const invited = transform({ created, input }, ({ created, input }) =>
      memberInvitedData(created.invite, created.token, input.invited_by ?? null)
    )
    emitEventStep({ eventName: SellerEvents.MEMBER_INVITED, data: invited })
    const invite = transform({ created }, ({ created }) => created.invite)
    return new WorkflowResponse(invite)
  }
)
