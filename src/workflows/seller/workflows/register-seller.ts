import {
  emitEventStep,
  setAuthAppMetadataStep,
} from "@medusajs/medusa/core-flows"
import { toHandle } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RequestEvents } from "../../../modules/request/events"
import { RequestType } from "../../../modules/request"
import { ApprovalMode, MemberRole } from "../../../modules/seller"
import { SellerEvents } from "../../../modules/seller/events"
import { createRequestStep } from "../../request/steps/create-request"
import { acceptRequestWorkflow } from "../../request/workflows/accept-request"
import { createMemberStep } from "../steps/create-member"
import { createSellerStep, CreateSellerStepInput } from "../steps/create-seller"
import { retrieveApprovalModeStep } from "../steps/retrieve-approval-mode"
import { retrieveAuthEmailStep } from "../steps/retrieve-auth-email"
import { validateHandleAvailableStep } from "../steps/validate-handle-available"

export type RegisterSellerWorkflowInput = {
  /** The registration token's auth identity; it becomes the owner member. */
  auth_identity_id: string
  seller: Omit<CreateSellerStepInput, "handle"> & { handle?: string }
  member?: { name?: string | null }
  /** Defaults to the seller module's `sellerApproval`. */
  approval?: ApprovalMode
}

export const registerSellerWorkflowId = "register-seller"

/**
 * Creates a seller, its owner member (linked to the auth identity as actor type
 * `seller`) and a `seller_registration` request; with auto approval the request is
 * accepted at once and the seller opens.
 */
export const registerSellerWorkflow = createWorkflow(
  registerSellerWorkflowId,
  (input: WorkflowData<RegisterSellerWorkflowInput>) => {
    const email = retrieveAuthEmailStep(input.auth_identity_id)
    const sellerData = transform({ input }, ({ input }) => ({
      ...input.seller,
      email: input.seller.email.toLowerCase(),
      handle: input.seller.handle ?? toHandle(input.seller.name),
    }))
    validateHandleAvailableStep(sellerData.handle)
    const seller = createSellerStep(sellerData)

    const memberData = transform(
      { input, seller, email },
      ({ input, seller, email }) => ({
        seller_id: seller.id,
        email,
        name: input.member?.name ?? null,
        role: MemberRole.OWNER,
      })
    )
    const member = createMemberStep(memberData)
    setAuthAppMetadataStep({
      authIdentityId: input.auth_identity_id,
      actorType: "seller",
      value: member.id,
    })

    const requestData = transform({ seller, member }, ({ seller, member }) => ({
      type: RequestType.SELLER_REGISTRATION,
      seller_id: seller.id,
      payload: {
        name: seller.name,
        handle: seller.handle,
        email: seller.email,
      },
      submitted_by: member.id,
    }))
    const request = createRequestStep(requestData)

    const registered = transform({ seller, member, request }, (data) => ({
      id: data.seller.id,
      member_id: data.member.id,
      request_id: data.request.id,
    }))
    const requestCreated = transform({ request }, ({ request }) => ({
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      submitted_by: request.submitted_by ?? null,
    }))
    emitEventStep({
      eventName: SellerEvents.REGISTERED,
      data: registered,
    }).config({
      name: "emit-seller-registered",
    })
    emitEventStep({
      eventName: RequestEvents.CREATED,
      data: requestCreated,
    }).config({
      name: "emit-request-created",
    })

    const approval = retrieveApprovalModeStep({
      subject: "seller",
      override: input.approval,
    })
    when(
      "auto-approve-seller",
      { approval },
      ({ approval }) => approval === ApprovalMode.AUTO
    ).then(() => {
      acceptRequestWorkflow.runAsStep({
        input: {
          request_id: request.id,
          reviewer_id: null,
          note: "Approved automatically",
        },
      })
    })

    return new WorkflowResponse(seller)
  }
)
