import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REQUEST_MODULE, RequestModuleService } from "../../../modules/request"

export type WithdrawPublicationRequestsStepInput = {
  seller_id: string
  product_id: string
}

export const withdrawPublicationRequestsStepId = "withdraw-publication-requests"

/**
 * A deleted product's pending publication and update requests are withdrawn (restored on
 * compensation).
 */
export const withdrawPublicationRequestsStep = createStep(
  withdrawPublicationRequestsStepId,
  async (input: WithdrawPublicationRequestsStepInput, { container }) => {
    const service = container.resolve<RequestModuleService>(REQUEST_MODULE)
    const pending = await service.listRequests({
      type: ["product_publication", "product_update"],
      seller_id: input.seller_id,
      status: "pending",
    })
    const ids = pending
      .filter((request) => request.payload?.product_id === input.product_id)
      .map((request) => request.id)
    if (ids.length) {
      await service.updateRequests(
        ids.map((id) => ({ id, status: "withdrawn" as const }))
      )
    }
    return new StepResponse(ids, ids)
  },
  async (ids, { container }) => {
    if (ids?.length) {
      await container
        .resolve<RequestModuleService>(REQUEST_MODULE)
        .updateRequests(ids.map((id) => ({ id, status: "pending" as const })))
    }
  }
)
