import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import type { MemberRole } from "../../../modules/seller"
import { SellerEvents } from "../../../modules/seller/events"
import { deleteMemberStep } from "../steps/delete-member"
import { unlinkMemberIdentitiesStep } from "../steps/unlink-member-identities"
import { validateTeamChangeStep } from "../steps/validate-team-change"
import { TEAM_LOCK, teamLockKey } from "../utils/team-lock"

export const removeMemberWorkflowId = "remove-member"

export type RemoveMemberWorkflowInput = {
  seller_id: string
  member_id: string
  actor: { member_id: string; role: MemberRole }
}

/**
 * Removes a member under the seller's team lock: its login no longer carries a seller
 * actor and the member record is soft-deleted, so tokens issued before stop working at
 * once (the seller context looks the member up on every request).
 */
export const removeMemberWorkflow = createWorkflow(
  removeMemberWorkflowId,
  (input: WorkflowData<RemoveMemberWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) =>
      teamLockKey(input.seller_id)
    )
    acquireLockStep({ key: lockKey, ...TEAM_LOCK })

    const change = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      member_id: input.member_id,
      actor: input.actor,
      change: { type: "remove" as const },
    }))
    const member = validateTeamChangeStep(change)
    unlinkMemberIdentitiesStep(input.member_id)
    deleteMemberStep(input.member_id)

    const removed = transform({ input, member }, ({ input, member }) => ({
      id: member.id,
      seller_id: input.seller_id,
      role: member.role,
      actor_id: input.actor.member_id,
    }))
    emitEventStep({ eventName: SellerEvents.MEMBER_REMOVED, data: removed })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(member)
  }
)
