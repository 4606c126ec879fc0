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
import { updateMemberRoleStep } from "../steps/update-member-role"
import { validateTeamChangeStep } from "../steps/validate-team-change"
import { TEAM_LOCK, teamLockKey } from "../utils/team-lock"

export const updateMemberRoleWorkflowId = "update-member-role"

export type UpdateMemberRoleWorkflowInput = {
  seller_id: string
  member_id: string
  role: MemberRole
  actor: { member_id: string; role: MemberRole }
}

/** Changes a member's role under the seller's team lock (rules in validateTeamChangeStep). */
export const updateMemberRoleWorkflow = createWorkflow(
  updateMemberRoleWorkflowId,
  (input: WorkflowData<UpdateMemberRoleWorkflowInput>) => {
    const lockKey = transform({ input }, ({ input }) =>
      teamLockKey(input.seller_id)
    )
    acquireLockStep({ key: lockKey, ...TEAM_LOCK })

    const change = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      member_id: input.member_id,
      actor: input.actor,
      change: { type: "role" as const, role: input.role },
    }))
    const before = validateTeamChangeStep(change)
    const member = updateMemberRoleStep({
      id: input.member_id,
      role: input.role,
    })

    const changed = transform({ input, before }, ({ input, before }) => ({
      id: input.member_id,
      seller_id: input.seller_id,
      role: input.role,
      previous_role: before.role,
      actor_id: input.actor.member_id,
    }))
    emitEventStep({
      eventName: SellerEvents.MEMBER_ROLE_CHANGED,
      data: changed,
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(member)
  }
)
