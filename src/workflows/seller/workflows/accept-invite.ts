import {
  emitEventStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../../modules/seller/events"
import { claimInviteStep } from "../steps/claim-invite"
import { createMemberStep } from "../steps/create-member"
import { retrieveAuthEmailStep } from "../steps/retrieve-auth-email"

export type AcceptInviteWorkflowInput = {
  token: string
  auth_identity_id: string
  name?: string | null
}

export const acceptInviteWorkflowId = "accept-invite"

/** Turns a registered seller identity into a member of the inviting seller, with the invited role. */
export const acceptInviteWorkflow = createWorkflow(
  acceptInviteWorkflowId,
  (input: WorkflowData<AcceptInviteWorkflowInput>) => {
    const email = retrieveAuthEmailStep(input.auth_identity_id)
    const invite = claimInviteStep({ token: input.token, email })
    const memberData = transform(
      { invite, email, input },
      ({ invite, email, input }) => ({
        seller_id: invite.seller_id,
        email,
        name: input.name ?? null,
        role: invite.role,
      })
    )
    const member = createMemberStep(memberData)
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: member.id,
    })
    const joined = transform({ member, invite }, ({ member, invite }) => ({
      id: member.id,
      seller_id: invite.seller_id,
      invite_id: invite.id,
      role: member.role,
    }))
    emitEventStep({ eventName: SellerEvents.MEMBER_JOINED, data: joined })
    return new WorkflowResponse(member)
  }
)
