import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  REQUEST_MODULE,
  RequestModuleService,
  RequestType,
} from "../../../modules/request"

export type CreateRequestStepInput = {
  type: RequestType
  seller_id: string
  payload?: Record<string, unknown> | null
  submitted_by?: string | null
}

export const createRequestStepId = "create-request"

export const createRequestStep = createStep(
  createRequestStepId,
  async (input: CreateRequestStepInput, { container }) => {
    const service = container.resolve<RequestModuleService>(REQUEST_MODULE)
    const request = await service.createRequests({
      ...input,
      status: "pending",
    })
    return new StepResponse(request, request.id)
  },
  async (requestId, { container }) => {
    if (!requestId) {
      return
    }
    await container
      .resolve<RequestModuleService>(REQUEST_MODULE)
      .deleteRequests(requestId)
  }
)
