import { emitEventStep } from "@medusajs/medusa/core-flows"
import { toHandle } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../../modules/seller/events"
import { createInviteStep } from "../steps/create-invite"
import { createSellerStep, CreateSellerStepInput } from "../steps/create-seller"
import { updateSellerStep } from "../steps/update-seller"
import { validateHandleAvailableStep } from "../steps/validate-handle-available"
import { validateInviteeStep } from "../steps/validate-invitee"

export type CreateSellerByAdminWorkflowInput = {
  seller: Omit<CreateSellerStepInput, "handle"> & { handle?: string }
  /** The admin user creating the seller. */
  created_by?: string | null
}

export const createSellerByAdminWorkflowId = "create-seller-by-admin"

/**
 * An admin creates a seller directly: it opens at once (an admin's creation is the
 * approval) and its owner is invited at the seller's email. The invitee becomes the
 * owner member by accepting the invite (POST /vendor/invites/accept).
 */
export const createSellerByAdminWorkflow = createWorkflow(
  createSellerByAdminWorkflowId,
  (input: WorkflowData<CreateSellerByAdminWorkflowInput>) => {
    const sellerData = transform({ input }, ({ input }) => ({
      ...input.seller,
      email: input.seller.email.toLowerCase(),
      handle: input.seller.handle ?? toHandle(input.seller.name),
    }))
    validateHandleAvailableStep(sellerData.handle)
    validateInviteeStep({ email: sellerData.email })

    const created = createSellerStep(sellerData)
    const opening = transform({ created }, ({ created }) => ({
      id: created.id,
      update: {
        status: "open" as const,
        status_reason: "Created by an admin",
        approved_at: new Date(),
      },
    }))
    const seller = updateSellerStep(opening)

    const inviteData = transform({ seller }, ({ seller }) => ({
      seller_id: seller.id,
      email: seller.email,
      role: "owner" as const,
    }))
    const invited = createInviteStep(inviteData)

    const invitedEvent = transform(
      { invited, input },
      ({ invited, input }) => ({
        id: invited.invite.id,
        seller_id: invited.invite.seller_id,
        email: invited.invite.email,
        role: invited.invite.role,
        token: invited.token,
        expires_at: new Date(invited.invite.expires_at).toISOString(),
        invited_by: input.created_by ?? null,
      })
    )
    emitEventStep({
      eventName: SellerEvents.MEMBER_INVITED,
      data: invitedEvent,
    })

    const result = transform({ seller, invited }, ({ seller, invited }) => ({
      seller,
      invite: invited.invite,
    }))
    return new WorkflowResponse(result)
  }
)
