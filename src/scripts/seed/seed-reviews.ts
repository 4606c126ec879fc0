import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createCustomersWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { REVIEW_MODULE, ReviewModuleService } from "../../modules/review"
import { SELLER_MODULE, SellerModuleService } from "../../modules/seller"
import { listSellerResourceIds } from "../../workflows/catalog/utils/seller-resources"
import { completeMarketplaceCartWorkflow } from "../../workflows/checkout/workflows/complete-marketplace-cart"
import { createReviewWorkflow } from "../../workflows/review/workflows/create-review"
import { moderateReviewWorkflow } from "../../workflows/review/workflows/moderate-review"
import { fulfillVendorOrderWorkflow } from "../../workflows/vendor-orders/workflows/fulfill-vendor-order"

/** Three customers who bought from the seller and rated the product and the seller. */
const DEMO_REVIEWERS = [
  {
    name: "Maya",
    product: 5,
    seller: 5,
    title: "Lovely glaze",
    body: "The colour is even deeper than in the photos.",
  },
  {
    name: "Jonas",
    product: 4,
    seller: 4,
    title: "Well packed",
    body: "Arrived safely; shipping took a few days.",
  },
  { name: "Ines", product: 5, seller: 4, title: null, body: null },
]

const reviewerEmail = (name: string) =>
  `${name.toLowerCase()}.reviewer@demo.test`

const ADDRESS = {
  first_name: "Grace",
  last_name: "Hopper",
  address_1: "Vesterbrogade 2",
  city: "Copenhagen",
  postal_code: "1620",
  country_code: "dk",
}

/**
 * Published reviews of a demo seller and its first product, so the store's seller page
 * shows a rating: each demo reviewer checks out, the order is fulfilled, and the reviews go
 * through the same workflows as the routes (published by an admin's workflow when
 * REVIEW_MODERATION=manual). Skipped once the seller has reviews.
 */
export async function seedReviews(
  container: ExecArgs["container"],
  sellerId: string
) {
  const reviews = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [existing] = await reviews.listReviews(
    { seller_id: sellerId },
    { select: ["id"], take: 1 }
  )
  if (existing) {
    return
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region] = await container
    .resolve(Modules.REGION)
    .listRegions({ name: "Europe" }, { select: ["id"] })
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { select: ["default_sales_channel_id"] })
  const [productId] = await listSellerResourceIds(
    container,
    "product",
    sellerId
  )
  const [shippingOptionId] = await listSellerResourceIds(
    container,
    "shipping_option",
    sellerId
  )
  const [owner] = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listMembers({ seller_id: sellerId, role: "owner" }, { select: ["id"] })
  const {
    data: [product],
  } = await query.graph({
    entity: "product",
    fields: ["variants.id"],
    filters: { id: productId },
  })
  const variantId = (product?.variants ?? [])[0]?.id
  if (
    !region ||
    !store?.default_sales_channel_id ||
    !variantId ||
    !shippingOptionId ||
    !owner
  ) {
    return
  }

  const { result: customers } = await createCustomersWorkflow(container).run({
    input: {
      customersData: DEMO_REVIEWERS.map(({ name }) => ({
        email: reviewerEmail(name),
        first_name: name,
      })),
    },
  })
  for (const [index, reviewer] of DEMO_REVIEWERS.entries()) {
    const customer = customers[index]
    const { result: cart } = await createCartWorkflow(container).run({
      input: {
        region_id: region.id,
        sales_channel_id: store.default_sales_channel_id,
        customer_id: customer.id,
        email: reviewerEmail(reviewer.name),
        shipping_address: ADDRESS,
        billing_address: ADDRESS,
        items: [{ variant_id: variantId, quantity: 1 }],
      },
    })
    await addShippingMethodToCartWorkflow(container).run({
      input: { cart_id: cart.id, options: [{ id: shippingOptionId }] },
    })
    const { result: collection } = await createPaymentCollectionForCartWorkflow(
      container
    ).run({ input: { cart_id: cart.id } })
    await createPaymentSessionsWorkflow(container).run({
      input: {
        payment_collection_id: collection.id,
        provider_id: "pp_system_default",
      },
    })
    await completeMarketplaceCartWorkflow(container).run({
      input: { id: cart.id },
    })
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "items.id"],
      filters: { customer_id: customer.id },
    })
    const itemId = (order.items ?? [])[0]!.id
    await fulfillVendorOrderWorkflow(container).run({
      input: {
        seller_id: sellerId,
        member_id: owner.id,
        order_id: order.id,
        items: [{ id: itemId, quantity: 1 }],
      },
    })
    for (const [reference, referenceId, rating] of [
      ["product", productId, reviewer.product],
      ["seller", sellerId, reviewer.seller],
    ] as const) {
      const { result: review } = await createReviewWorkflow(container).run({
        input: {
          customer_id: customer.id,
          reference,
          reference_id: referenceId,
          order_id: order.id,
          rating,
          title: reviewer.title,
          body: reviewer.body,
        },
      })
      if (review.status !== "published") {
        await moderateReviewWorkflow(container).run({
          input: { id: review.id, status: "published" },
        })
      }
    }
  }
}
