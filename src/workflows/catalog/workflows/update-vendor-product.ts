import { emitEventStep } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { RequestEvents } from "../../../modules/request/events"
import { ApprovalMode } from "../../../modules/seller"
import { retrieveApprovalModeStep } from "../../seller/steps/retrieve-approval-mode"
import { fileProductUpdateRequestStep } from "../steps/file-product-update-request"
import { planVendorProductUpdateStep } from "../steps/plan-vendor-product-update"
import { validateProductReferencesStep } from "../steps/validate-product-references"
import { validateProductUpdateStep } from "../steps/validate-product-update"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"
import {
  REVIEWED_PRODUCT_FIELDS,
  VendorProductChanges,
} from "../utils/vendor-product-changes"
import { applyVendorProductChangesWorkflow } from "./apply-vendor-product-changes"
import {
  ProductPublicationResult,
  requestProductPublicationWorkflow,
} from "./request-product-publication"

export const updateVendorProductWorkflowId = "update-vendor-product"

export type VendorProductUpdate = Omit<VendorProductChanges, "status"> & {
  status?: "draft" | "published"
}

export type UpdateVendorProductWorkflowInput = {
  seller_id: string
  member_id: string | null
  product_id: string
  update: VendorProductUpdate
  /** Defaults to the seller module's `productApproval`. */
  approval?: ApprovalMode
}

export type VendorProductUpdateResult = {
  publication: ProductPublicationResult | null
  /** The `product_update` request holding the reviewed changes, when there are any. */
  review: { request_id: string; fields: string[] } | null
}

/**
 * Updates one of the seller's products. `status: "draft"` unpublishes at once;
 * `status: "published"` goes through publication (request when manual, immediate when
 * auto, refused for a seller that is not open). With manual approval, changes to how a
 * published product is presented (REVIEWED_PRODUCT_FIELDS) wait in a `product_update`
 * request while the store keeps the published values; all other changes apply at once.
 */
export const updateVendorProductWorkflow = createWorkflow(
  updateVendorProductWorkflowId,
  (input: WorkflowData<UpdateVendorProductWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "product" as const,
      ids: [input.product_id],
    }))
    validateSellerOwnsStep(ownership)
    const ids = transform({ input }, ({ input }) => ({
      product_id: input.product_id,
      variant_ids: (input.update.variants ?? []).flatMap((variant) =>
        variant.id ? [variant.id] : []
      ),
      image_ids: (input.update.images ?? []).flatMap((image) =>
        image.id ? [image.id] : []
      ),
      option_ids: (input.update.options ?? []).map((option) => option.id),
    }))
    validateProductUpdateStep(ids)
    const references = transform({ input }, ({ input }) => ({
      type_id: input.update.type_id,
      collection_id: input.update.collection_id,
      categories: input.update.categories,
      tags: input.update.tags,
    }))
    validateProductReferencesStep(references)

    const changes = transform({ input }, ({ input }) => {
      const { status, ...rest } = input.update
      return (
        status === "draft" ? { ...rest, status } : rest
      ) as VendorProductChanges
    })
    const approval = retrieveApprovalModeStep({
      subject: "product",
      override: input.approval,
    })
    const plan = planVendorProductUpdateStep({
      product_id: input.product_id,
      changes,
      approval,
    })

    when(
      "apply-product-update",
      { plan },
      ({ plan }) => Object.keys(plan.direct).length > 0
    ).then(() => {
      const direct = transform({ input, plan }, ({ input, plan }) => ({
        product_id: input.product_id,
        changes: plan.direct,
      }))
      applyVendorProductChangesWorkflow.runAsStep({ input: direct })
    })

    const review = when(
      "review-product-update",
      { plan },
      ({ plan }) => !!plan.reviewed
    ).then(() => {
      const filing = transform({ input, plan }, ({ input, plan }) => ({
        seller_id: input.seller_id,
        product_id: input.product_id,
        product_title: plan.product_title,
        changes: plan.reviewed ?? {},
        submitted_by: input.member_id,
      }))
      const request = fileProductUpdateRequestStep(filing)
      const created = transform({ request }, ({ request }) =>
        request.created
          ? [
              {
                id: request.id,
                type: request.type,
                seller_id: request.seller_id,
                submitted_by: request.submitted_by,
              },
            ]
          : []
      )
      emitEventStep({ eventName: RequestEvents.CREATED, data: created }).config(
        {
          name: "emit-product-update-request-created",
        }
      )
      return transform({ request, plan }, ({ request, plan }) => ({
        request_id: request.id,
        fields: REVIEWED_PRODUCT_FIELDS.filter(
          (field) => plan.reviewed?.[field] !== undefined
        ),
      }))
    })

    const publication = when(
      "publish-updated-product",
      { input },
      ({ input }) => input.update.status === "published"
    ).then(() => {
      const publish = transform({ input, plan }, ({ input, plan }) => ({
        seller_id: input.seller_id,
        member_id: input.member_id,
        product_id: input.product_id,
        title: input.update.title ?? plan.product_title,
        approval: input.approval,
      }))
      return requestProductPublicationWorkflow.runAsStep({ input: publish })
    })

    const result = transform(
      { publication, review },
      ({ publication, review }): VendorProductUpdateResult => ({
        publication: publication ?? null,
        review: review ?? null,
      })
    )
    return new WorkflowResponse(result)
  }
)
