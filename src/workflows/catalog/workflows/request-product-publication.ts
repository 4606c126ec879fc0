import {
  emitEventStep,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RequestEvents } from "../../../modules/request/events"
import { ApprovalMode } from "../../../modules/seller"
import { retrieveApprovalModeStep } from "../../seller/steps/retrieve-approval-mode"
import { ensurePublicationRequestStep } from "../steps/ensure-publication-request"
import { validateSellerCanPublishStep } from "../steps/validate-seller-can-publish"

export type RequestProductPublicationWorkflowInput = {
  seller_id: string
  member_id: string | null
  product_id: string
  title: string
  /** Defaults to the seller module's `productApproval`. */
  approval?: ApprovalMode
}

export const requestProductPublicationWorkflowId = "request-product-publication"

export type ProductPublicationResult = {
  /** `published` when approval is automatic, `requested` when it waits for an admin. */
  outcome: "published" | "requested"
  request_id: string | null
}

/**
 * A seller asks to publish one of its products: the seller must be open; with manual
 * approval a `product_publication` request waits for an admin (accepting it publishes),
 * with automatic approval the product is published now.
 */
export const requestProductPublicationWorkflow = createWorkflow(
  requestProductPublicationWorkflowId,
  (input: WorkflowData<RequestProductPublicationWorkflowInput>) => {
    validateSellerCanPublishStep({ seller_id: input.seller_id })
    const approval = retrieveApprovalModeStep({
      subject: "product",
      override: input.approval,
    })
    const auto = transform(
      { approval },
      ({ approval }) => approval === ApprovalMode.AUTO
    )

    const published = when(
      "publish-product-now",
      { auto },
      ({ auto }) => auto
    ).then(() => {
      const update = transform({ input }, ({ input }) => ({
        selector: { id: input.product_id },
        update: { status: "published" as const },
      }))
      updateProductsWorkflow.runAsStep({ input: update })
      return transform({}, (): ProductPublicationResult => ({
        outcome: "published",
        request_id: null,
      }))
    })

    const requested = when(
      "request-publication",
      { auto },
      ({ auto }) => !auto
    ).then(() => {
      const request = ensurePublicationRequestStep({
        seller_id: input.seller_id,
        product_id: input.product_id,
        title: input.title,
        submitted_by: input.member_id,
      })
      // Only a new request is announced (an empty list emits nothing).
      const created = transform({ request }, ({ request }) =>
        request.created
          ? [
              {
                id: request.id,
                type: request.type,
                seller_id: request.seller_id,
                submitted_by: request.submitted_by,
              },
            ]
          : []
      )
      emitEventStep({ eventName: RequestEvents.CREATED, data: created }).config(
        {
          name: "emit-publication-request-created",
        }
      )
      return transform(
        { request },
        ({ request }): ProductPublicationResult => ({
          outcome: "requested",
          request_id: request.id,
        })
      )
    })

    const result = transform(
      { published, requested },
      ({ published, requested }) => {
        return (published ?? requested) as ProductPublicationResult
      }
    )
    return new WorkflowResponse(result)
  }
)
