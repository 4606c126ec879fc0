import { updateProductsWorkflow, UpdateProductsWorkflowInputSelector } from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { validateProductUpdateStep } from "../steps/validate-product-update"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"
import { requestProductPublicationWorkflow } from "./request-product-publication"

export type VendorProductUpdate = Omit<
  UpdateProductsWorkflowInputSelector["update"],
  "status" | "sales_channels" | "shipping_profile_id"
> & { status?: "draft" | "published" }

export type UpdateVendorProductWorkflowInput = {
  seller_id: string
  member_id: string | null
  product_id: string
  update: VendorProductUpdate
  /** Defaults to PRODUCT_APPROVAL. */
  approval?: "manual" | "auto"
}

export const updateVendorProductWorkflowId = "update-vendor-product"

/**
 * Updates one of the seller's products. `status: "draft"` unpublishes at once;
 * `status: "published"` goes through publication (request when manual, immediate when
 * auto, refused for a seller that is not open). Other fields apply immediately.
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
      variant_ids: (input.update.variants ?? []).flatMap((variant) => (variant.id ? [variant.id] : [])),
      image_ids: (input.update.images ?? []).flatMap((image) => (image.id ? [image.id] : [])),
    }))
    validateProductUpdateStep(ids)

    const direct = transform({ input }, ({ input }) => {
      const { status, ...rest } = input.update
      const update = status === "draft" ? { ...rest, status } : rest
      return { selector: { id: input.product_id }, update, changes: Object.keys(update).length > 0 }
    })
    when("apply-product-update", { direct }, ({ direct }) => direct.changes).then(() => {
      const update = transform({ direct }, ({ direct }) => ({
        selector: direct.selector,
        update: direct.update,
      }))
      updateProductsWorkflow.runAsStep({ input: update })
    })

    const publication = when(
      "publish-updated-product",
      { input },
      ({ input }) => input.update.status === "published"
    ).then(() => {
      const publish = transform({ input }, ({ input }) => ({
        seller_id: input.seller_id,
        member_id: input.member_id,
        product_id: input.product_id,
        title: input.update.title ?? input.product_id,
        approval: input.approval,
      }))
      return requestProductPublicationWorkflow.runAsStep({ input: publish })
    })

    const result = transform({ publication }, ({ publication }) => publication ?? null)
    return new WorkflowResponse(result)
  }
)
