import { deleteFilesStep, emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SellerEvents } from "../../../modules/seller/events"
import { SellerUpdate, updateSellerStep } from "../steps/update-seller"
import { validateSellerFilesStep } from "../steps/validate-seller-files"
import { validateSellerStatusStep } from "../steps/validate-seller-status"

export type UpdateSellerWorkflowInput = {
  seller_id: string
  update: Omit<SellerUpdate, "status" | "status_reason" | "approved_at">
}

export const updateSellerWorkflowId = "update-seller-profile"

/**
 * Updates a seller's profile. A new logo must be one of the seller's own uploads;
 * the replaced logo file is deleted from the File Module after the update succeeded.
 */
export const updateSellerWorkflow = createWorkflow(
  updateSellerWorkflowId,
  (input: WorkflowData<UpdateSellerWorkflowInput>) => {
    const before = validateSellerStatusStep({
      seller_id: input.seller_id,
      allowed: ["pending_approval", "open"],
      action: "update",
    })
    const fileIds = transform({ input }, ({ input }) =>
      input.update.logo_file_id ? [input.update.logo_file_id] : []
    )
    validateSellerFilesStep({ seller_id: input.seller_id, file_ids: fileIds })

    const update = transform({ input }, ({ input }) => ({
      id: input.seller_id,
      update: input.update,
    }))
    const seller = updateSellerStep(update)

    const replacedLogo = transform({ input, before }, ({ input, before }) => {
      const next = input.update.logo_file_id
      const previous = before.logo_file_id
      return next !== undefined && previous && previous !== next
        ? [previous]
        : []
    })
    when("delete-replaced-logo", { replacedLogo }, ({ replacedLogo }) => {
      return replacedLogo.length > 0
    }).then(() => {
      deleteFilesStep(replacedLogo)
    })

    const updated = transform({ seller }, ({ seller }) => ({ id: seller.id }))
    emitEventStep({ eventName: SellerEvents.UPDATED, data: updated })
    return new WorkflowResponse(seller)
  }
)
