import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createProductsWorkflow,
  createRemoteLinkStep,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { ensureSellerShippingProfileStep } from "../steps/ensure-seller-shipping-profile"
import { retrieveDefaultSalesChannelStep } from "../steps/retrieve-default-sales-channel"
import { retrieveSellerStatusStep } from "../steps/retrieve-seller-status"
import { validateProductReferencesStep } from "../steps/validate-product-references"
import { requestProductPublicationWorkflow } from "./request-product-publication"

/** What a seller may send: no status, sales channels, shipping profile or seller. */
export type VendorProductInput = Omit<
  CreateProductWorkflowInputDTO,
  "status" | "sales_channels" | "shipping_profile_id"
> & { categories?: { id: string }[]; tags?: { id: string }[] }

export type CreateVendorProductWorkflowInput = {
  seller_id: string
  member_id: string | null
  product: VendorProductInput
  /** Defaults to PRODUCT_APPROVAL. */
  approval?: "manual" | "auto"
}

export const createVendorProductWorkflowId = "create-vendor-product"

/**
 * A seller's new product: a draft in the default sales channel with the default shipping
 * profile, linked to the seller. An open seller's product then goes to publication
 * (published now with PRODUCT_APPROVAL=auto, a `product_publication` request when manual);
 * a pending seller's product stays a draft.
 */
export const createVendorProductWorkflow = createWorkflow(
  createVendorProductWorkflowId,
  (input: WorkflowData<CreateVendorProductWorkflowInput>) => {
    const references = transform({ input }, ({ input }) => ({
      type_id: input.product.type_id,
      collection_id: input.product.collection_id,
      categories: input.product.categories,
      tags: input.product.tags,
    }))
    validateProductReferencesStep(references)
    const status = retrieveSellerStatusStep({ seller_id: input.seller_id })
    const salesChannelId = retrieveDefaultSalesChannelStep()
    const shippingProfileId = ensureSellerShippingProfileStep({
      seller_id: input.seller_id,
    })
    const products = transform(
      { input, salesChannelId, shippingProfileId },
      ({ input, salesChannelId, shippingProfileId }) => [
        {
          ...input.product,
          status: ProductStatus.DRAFT,
          sales_channels: [{ id: salesChannelId }],
          shipping_profile_id: shippingProfileId,
        },
      ]
    )
    const created = createProductsWorkflow.runAsStep({ input: { products } })
    const product = transform({ created }, ({ created }) => created[0])

    const link = transform({ input, product }, ({ input, product }) => [
      {
        [SELLER_MODULE]: { seller_id: input.seller_id },
        [Modules.PRODUCT]: { product_id: product.id },
      },
    ])
    createRemoteLinkStep(link).config({ name: "link-seller-product" })

    when(
      "publish-open-seller-product",
      { status },
      ({ status }) => status === "open"
    ).then(() => {
      const publication = transform(
        { input, product },
        ({ input, product }) => ({
          seller_id: input.seller_id,
          member_id: input.member_id,
          product_id: product.id,
          title: product.title,
          approval: input.approval,
        })
      )
      requestProductPublicationWorkflow.runAsStep({ input: publication })
    })

    return new WorkflowResponse(product)
  }
)
