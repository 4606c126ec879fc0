import {
  acquireLockStep,
  createProductCategoriesWorkflow,
  createProductTypesWorkflow,
  emitEventStep,
  releaseLockStep,
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
import { SellerEvents } from "../../../modules/seller/events"
import type { VendorProductChanges } from "../../catalog/utils/vendor-product-changes"
import { applyVendorProductChangesWorkflow } from "../../catalog/workflows/apply-vendor-product-changes"
import { updateSellerStep } from "../../seller/steps/update-seller"
import { validateSellerStatusStep } from "../../seller/steps/validate-seller-status"
import { deleteReviewStep } from "../../review/steps/delete-review"
import { refreshReviewRatingsStep } from "../../review/steps/refresh-review-ratings"
import { recordRequestResourceStep } from "../steps/record-request-resource"
import { reviewRequestStep } from "../steps/review-request"
import { validateRequestedCatalogEntryStep } from "../steps/validate-requested-catalog-entry"
import { REQUEST_LOCK } from "../utils/request-lock"

export type AcceptRequestWorkflowInput = {
  request_id: string
  reviewer_id?: string | null
  note?: string | null
}

export const acceptRequestWorkflowId = "accept-request"

/**
 * Accepts a pending request under a lock on its id. A seller registration also opens
 * the seller; a product publication publishes the product; a product update applies its
 * proposed changes in one step; a review removal deletes the review (and recomputes its
 * rating); a category or type suggestion creates that category
 * (under the requested parent) or type. What was created or changed is recorded as the
 * request's `resource_id`. A second, concurrent acceptance waits for the lock, then fails
 * with 409.
 */
export const acceptRequestWorkflow = createWorkflow(
  acceptRequestWorkflowId,
  (input: WorkflowData<AcceptRequestWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `request:${input.request_id}`
    )
    acquireLockStep({ key: lockKey, ...REQUEST_LOCK })

    const request = reviewRequestStep({
      id: input.request_id,
      status: "accepted",
      reviewer_id: input.reviewer_id,
      reviewer_note: input.note,
    })

    when("approve-registered-seller", { request }, ({ request }) => {
      return request.type === "seller_registration"
    }).then(() => {
      validateSellerStatusStep({
        seller_id: request.seller_id,
        allowed: ["pending_approval"],
        action: "approve",
      })
      const update = transform({ request }, ({ request }) => ({
        id: request.seller_id,
        update: {
          status: "open" as const,
          status_reason: null,
          approved_at: new Date(),
        },
      }))
      updateSellerStep(update)
      const approved = transform({ request }, ({ request }) => ({
        id: request.seller_id,
        request_id: request.id,
        reviewer_id: request.reviewer_id ?? null,
        note: request.reviewer_note ?? null,
      }))
      emitEventStep({
        eventName: SellerEvents.APPROVED,
        data: approved,
      }).config({
        name: "emit-seller-approved",
      })
    })

    when("publish-requested-product", { request }, ({ request }) => {
      return request.type === "product_publication"
    }).then(() => {
      const publish = transform({ request }, ({ request }) => ({
        selector: { id: String(request.payload?.product_id ?? "") },
        update: { status: "published" as const },
      }))
      updateProductsWorkflow.runAsStep({ input: publish })
    })

    when("apply-requested-product-update", { request }, ({ request }) => {
      return request.type === "product_update"
    }).then(() => {
      const apply = transform({ request }, ({ request }) => ({
        product_id: String(request.payload?.product_id ?? ""),
        changes: (request.payload?.changes ??
          {}) as Partial<VendorProductChanges>,
      }))
      applyVendorProductChangesWorkflow.runAsStep({ input: apply })
    })

    when("remove-requested-review", { request }, ({ request }) => {
      return request.type === "review_removal"
    }).then(() => {
      const target = transform({ request }, ({ request }) => ({
        id: String(request.payload?.review_id ?? ""),
      }))
      const review = deleteReviewStep(target)
      refreshReviewRatingsStep([review])
    })

    const category = when(
      "create-requested-category",
      { request },
      ({ request }) => {
        return request.type === "product_category"
      }
    ).then(() => {
      const entry = validateRequestedCatalogEntryStep({
        type: request.type,
        payload: request.payload,
      }).config({
        name: "validate-requested-category",
      })
      const create = transform({ entry }, ({ entry }) => ({
        product_categories:
          entry.type === "product_category"
            ? [{ ...entry.category, is_active: true, is_internal: false }]
            : [],
      }))
      const created = createProductCategoriesWorkflow.runAsStep({
        input: create,
      })
      return transform({ created }, ({ created }) => created[0]?.id ?? null)
    })

    const productType = when(
      "create-requested-type",
      { request },
      ({ request }) => {
        return request.type === "product_type"
      }
    ).then(() => {
      const entry = validateRequestedCatalogEntryStep({
        type: request.type,
        payload: request.payload,
      }).config({
        name: "validate-requested-type",
      })
      const create = transform({ entry }, ({ entry }) => ({
        product_types:
          entry.type === "product_type" ? [entry.product_type] : [],
      }))
      const created = createProductTypesWorkflow.runAsStep({ input: create })
      return transform({ created }, ({ created }) => created[0]?.id ?? null)
    })

    const resource = transform(
      { request, category, productType },
      ({ request, category, productType }) => {
        const productId = ["product_publication", "product_update"].includes(
          request.type
        )
          ? String(request.payload?.product_id ?? "") || null
          : null
        const reviewId =
          request.type === "review_removal"
            ? String(request.payload?.review_id ?? "") || null
            : null
        return {
          id: request.id,
          resource_id: category ?? productType ?? productId ?? reviewId,
        }
      }
    )
    recordRequestResourceStep(resource)

    const reviewed = transform({ request }, ({ request }) => ({
      id: request.id,
      type: request.type,
      seller_id: request.seller_id,
      status: "accepted" as const,
      reviewer_id: request.reviewer_id ?? null,
      note: request.reviewer_note ?? null,
    }))
    emitEventStep({ eventName: RequestEvents.ACCEPTED, data: reviewed }).config(
      {
        name: "emit-request-accepted",
      }
    )

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(request)
  }
)
