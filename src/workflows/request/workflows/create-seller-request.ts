import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RequestEvents } from "../../../modules/request/events"
import { validateReviewStateStep } from "../../review/steps/validate-review-state"
import {
  createRequestStep,
  CreateRequestStepInput,
} from "../steps/create-request"

export const createSellerRequestWorkflowId = "create-seller-request"

/**
 * A request a seller files itself (category or type suggestions, removal of a review). A
 * removal names a review of the seller or its products that is not rejected (404 for any
 * other seller's review).
 */
export const createSellerRequestWorkflow = createWorkflow(
  createSellerRequestWorkflowId,
  (input: WorkflowData<CreateRequestStepInput>) => {
    when("validate-reviewed-seller", { input }, ({ input }) => {
      return input.type === "review_removal"
    }).then(() => {
      const review = transform({ input }, ({ input }) => ({
        id: String(input.payload?.review_id ?? ""),
        seller_id: input.seller_id,
        allowed: ["pending" as const, "published" as const],
        action: "ask for the removal of",
      }))
      validateReviewStateStep(review)
    })
    const request = createRequestStep(input)
    const created = transform({ request }, ({ request }) => ({
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      submitted_by: request.submitted_by ?? null,
    }))
    emitEventStep({ eventName: RequestEvents.CREATED, data: created })
    return new WorkflowResponse(request)
  }
)
