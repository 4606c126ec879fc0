import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REQUEST_MODULE, RequestModuleService } from "../../../modules/request"

export type ReviewRequestStepInput = {
  id: string
  status: "accepted" | "rejected"
  reviewer_id?: string | null
  reviewer_note?: string | null
}

export const reviewRequestStepId = "review-request"

/**
 * Moves a pending request to accepted/rejected. The update only matches while the
 * request is still `pending`, so of two concurrent reviews exactly one wins; the
 * other gets a CONFLICT (409) even across processes.
 */
export const reviewRequestStep = createStep(
  reviewRequestStepId,
  async (input: ReviewRequestStepInput, { container }) => {
    const service = container.resolve<RequestModuleService>(REQUEST_MODULE)
    const current = await service.retrieveRequest(input.id)
    if (current.status !== "pending") {
      throw conflict(input.id, current.status)
    }
    if (!(await service.reviewRequest(input))) {
      throw conflict(input.id, "already reviewed")
    }
    return new StepResponse(await service.retrieveRequest(input.id), input.id)
  },
  async (requestId, { container }) => {
    if (!requestId) {
      return
    }
    await container
      .resolve<RequestModuleService>(REQUEST_MODULE)
      .updateRequests({
        id: requestId,
        status: "pending",
        reviewer_id: null,
        reviewer_note: null,
        reviewed_at: null,
      })
  }
)

function conflict(id: string, status: string): MedusaError {
  return new MedusaError(
    MedusaError.Types.CONFLICT,
    `Request ${id} is no longer pending (${status})`
  )
}
