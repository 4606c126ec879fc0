import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RequestEvents } from "../../../modules/request/events"
import {
  createRequestStep,
  CreateRequestStepInput,
} from "../steps/create-request"

export const createSellerRequestWorkflowId = "create-seller-request"

/** A request a seller files itself (category or type suggestions...). */
export const createSellerRequestWorkflow = createWorkflow(
  createSellerRequestWorkflowId,
  (input: WorkflowData<CreateRequestStepInput>) => {
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
