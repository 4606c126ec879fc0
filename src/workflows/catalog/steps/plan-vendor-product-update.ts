import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ApprovalMode } from "../../../modules/seller"
import {
  splitReviewedChanges,
  VendorProductChanges,
} from "../utils/vendor-product-changes"

export type PlanVendorProductUpdateStepInput = {
  product_id: string
  changes: VendorProductChanges
  approval: ApprovalMode
}

export type VendorProductUpdatePlan = {
  direct: VendorProductChanges
  /** Held in a `product_update` request; null when nothing waits for review. */
  reviewed: Partial<VendorProductChanges> | null
  product_title: string
}

export const planVendorProductUpdateStepId = "plan-vendor-product-update"

/**
 * With manual approval, changes to a published product's reviewed fields wait for an
 * admin; everything else, and every change to a draft (or one being unpublished now),
 * applies at once. Read only.
 */
export const planVendorProductUpdateStep = createStep(
  planVendorProductUpdateStepId,
  async (input: PlanVendorProductUpdateStepInput, { container }) => {
    const product = await container
      .resolve(Modules.PRODUCT)
      .retrieveProduct(input.product_id, {
        select: [
          "id",
          "status",
          "title",
          "subtitle",
          "description",
          "handle",
          "thumbnail",
          "type_id",
          "collection_id",
        ],
      })
    const underReview =
      input.approval === ApprovalMode.MANUAL &&
      product.status === "published" &&
      input.changes.status !== "draft"
    if (!underReview) {
      return new StepResponse<VendorProductUpdatePlan>({
        direct: input.changes,
        reviewed: null,
        product_title: product.title,
      })
    }
    const { direct, reviewed } = splitReviewedChanges(
      input.changes,
      product as unknown as Record<string, unknown>
    )
    return new StepResponse<VendorProductUpdatePlan>({
      direct,
      reviewed: Object.keys(reviewed).length ? reviewed : null,
      product_title: product.title,
    })
  }
)
