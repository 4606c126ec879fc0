import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REQUEST_MODULE, RequestModuleService } from "../../../modules/request"

export type EnsurePublicationRequestStepInput = {
  seller_id: string
  product_id: string
  title: string
  submitted_by: string | null
}

export type PublicationRequest = {
  id: string
  type: string
  seller_id: string
  submitted_by: string | null
  /** False when a pending request for the product already existed (nothing new to announce). */
  created: boolean
}

export const ensurePublicationRequestStepId = "ensure-publication-request"

/**
 * One pending `product_publication` request per product: returns the pending one when
 * it exists, else files a new one (deleted again on compensation).
 */
export const ensurePublicationRequestStep = createStep(
  ensurePublicationRequestStepId,
  async (input: EnsurePublicationRequestStepInput, { container }) => {
    const service = container.resolve<RequestModuleService>(REQUEST_MODULE)
    const pending = await service.listRequests({
      type: "product_publication",
      seller_id: input.seller_id,
      status: "pending",
    })
    const existing = pending.find(
      (request) => request.payload?.product_id === input.product_id
    )
    if (existing) {
      const found: PublicationRequest = {
        id: existing.id,
        type: existing.type,
        seller_id: existing.seller_id,
        submitted_by: existing.submitted_by ?? null,
        created: false,
      }
      return new StepResponse(found, null as string | null)
    }
    const request = await service.createRequests({
      type: "product_publication",
      seller_id: input.seller_id,
      status: "pending",
      payload: { product_id: input.product_id, title: input.title },
      submitted_by: input.submitted_by,
    })
    const created: PublicationRequest = {
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      submitted_by: request.submitted_by ?? null,
      created: true,
    }
    return new StepResponse(created, request.id as string | null)
  },
  async (requestId, { container }) => {
    if (requestId) {
      await container
        .resolve<RequestModuleService>(REQUEST_MODULE)
        .deleteRequests(requestId)
    }
  }
)
