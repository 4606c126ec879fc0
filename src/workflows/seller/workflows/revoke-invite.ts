import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../modules/seller"
import { SellerEvents } from "../../../modules/seller/events"
import { deleteInviteStep } from "../steps/delete-invite"
import { validatePendingInviteStep } from "../steps/validate-pending-invite"

export const revokeInviteWorkflowId = "revoke-invite"

export type RevokeInviteWorkflowInput = {
  seller_id: string
  invite_id: string
  actor: { member_id: string; role: MemberRole }
}

/** Withdraws a pending invite; its token no longer works. */
export const revokeInviteWorkflow = createWorkflow(
  revokeInviteWorkflowId,
  (input: WorkflowData<RevokeInviteWorkflowInput>) => {
    const check = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      invite_id: input.invite_id,
      actor_role: input.actor.role,
    }))
    const invite = validatePendingInviteStep(check)
    deleteInviteStep(input.invite_id)
    const revoked = transform({ input }, ({ input }) => ({
      id: input.invite_id,
      seller_id: input.seller_id,
      actor_id: input.actor.member_id,
    }))
    emitEventStep({ eventName: SellerEvents.INVITE_REVOKED, data: revoked })
    return new WorkflowResponse(invite)
  }
)
