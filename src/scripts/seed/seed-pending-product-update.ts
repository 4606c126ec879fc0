import type { ExecArgs } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { REQUEST_MODULE, RequestModuleService } from "../../modules/request"
import { listSellerResourceIds } from "../../workflows/catalog/utils/seller-resources"
import { updateVendorProductWorkflow } from "../../workflows/catalog/workflows/update-vendor-product"

/**
 * One edit of a demo seller's published product waiting for review (a `product_update`
 * request, as under PRODUCT_APPROVAL=manual), so the review queue has something to show.
 * Skipped when the seller already has a product update request.
 */
export async function seedPendingProductUpdate(
  container: ExecArgs["container"],
  sellerId: string
) {
  const requests = await container
    .resolve<RequestModuleService>(REQUEST_MODULE)
    .listRequests(
      { seller_id: sellerId, type: "product_update" },
      { select: ["id"] }
    )
  if (requests.length) {
    return
  }
  const productIds = await listSellerResourceIds(container, "product", sellerId)
  const [product] = productIds.length
    ? await container
        .resolve(Modules.PRODUCT)
        .listProducts(
          { id: productIds, status: "published" },
          { select: ["id", "title"], take: 1 }
        )
    : []
  if (!product) {
    return
  }
  await updateVendorProductWorkflow(container).run({
    input: {
      seller_id: sellerId,
      member_id: null,
      product_id: product.id,
      approval: "manual",
      update: {
        title: `${product.title}, hand-finished`,
        description: `${product.title}, now finished by hand in our workshop.`,
      },
    },
  })
}
