import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REQUEST_MODULE, RequestModuleService } from "../../../modules/request"
import type { VendorProductChanges } from "../utils/vendor-product-changes"

export type FileProductUpdateRequestStepInput = {
  seller_id: string
  product_id: string
  /** The product's current (published) title, so the review queue can name it. */
  product_title: string
  changes: Partial<VendorProductChanges>
  submitted_by: string | null
}

export type ProductUpdateRequest = {
  id: string
  type: string
  seller_id: string
  submitted_by: string | null
  /** False when the changes joined a pending request of the product. */
  created: boolean
}

type Undo =
  | { created: string }
  | { restore: { id: string; payload: Record<string, unknown> | null } }

export const fileProductUpdateRequestStepId = "file-product-update-request"

/**
 * One pending `product_update` request per product, its payload `{ product_id, title,
 * changes }` holding the proposed values: new changes join the pending request (a field
 * changed again keeps its latest value), else a new request is filed. Compensation deletes
 * the new request or restores the previous payload.
 */
export const fileProductUpdateRequestStep = createStep(
  fileProductUpdateRequestStepId,
  async (input: FileProductUpdateRequestStepInput, { container }) => {
    const service = container.resolve<RequestModuleService>(REQUEST_MODULE)
    const pending = await service.listRequests({
      type: "product_update",
      seller_id: input.seller_id,
      status: "pending",
    })
    const existing = pending.find(
      (request) => request.payload?.product_id === input.product_id
    )
    if (existing) {
      const previous = (existing.payload ?? null) as Record<
        string,
        unknown
      > | null
      const changes = {
        ...((previous?.changes as Record<string, unknown>) ?? {}),
        ...input.changes,
      }
      await service.updateRequests({
        id: existing.id,
        payload: {
          product_id: input.product_id,
          title: input.product_title,
          changes,
        },
        submitted_by: input.submitted_by,
      })
      const joined: ProductUpdateRequest = {
        id: existing.id,
        type: existing.type,
        seller_id: existing.seller_id,
        submitted_by: input.submitted_by,
        created: false,
      }
      return new StepResponse<ProductUpdateRequest, Undo>(joined, {
        restore: { id: existing.id, payload: previous },
      })
    }
    const request = await service.createRequests({
      type: "product_update",
      seller_id: input.seller_id,
      status: "pending",
      payload: {
        product_id: input.product_id,
        title: input.product_title,
        changes: input.changes,
      },
      submitted_by: input.submitted_by,
    })
    const filed: ProductUpdateRequest = {
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      submitted_by: request.submitted_by ?? null,
      created: true,
    }
    return new StepResponse<ProductUpdateRequest, Undo>(filed, {
      created: request.id,
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service = container.resolve<RequestModuleService>(REQUEST_MODULE)
    if ("created" in undo) {
      await service.deleteRequests(undo.created)
    } else {
      await service.updateRequests({
        id: undo.restore.id,
        payload: undo.restore.payload,
      })
    }
  }
)
