import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { SELLER_MODULE, SellerModuleService } from "../../modules/seller"
import { listSellerResourceIds } from "../../workflows/catalog/utils/seller-resources"
import { completeMarketplaceCartWorkflow } from "../../workflows/checkout/workflows/complete-marketplace-cart"
import { captureOrderGroupWorkflow } from "../../workflows/order-group/workflows/capture-order-group"
import { fulfillVendorOrderWorkflow } from "../../workflows/vendor-orders/workflows/fulfill-vendor-order"
import { shipVendorFulfillmentWorkflow } from "../../workflows/vendor-orders/workflows/ship-vendor-fulfillment"
import { createVendorReturnWorkflow } from "../../workflows/vendor-returns/workflows/create-vendor-return"
import { receiveVendorReturnWorkflow } from "../../workflows/vendor-returns/workflows/receive-vendor-return"

/** The demo customer whose order came back; the seed looks for its order to stay idempotent. */
export const DEMO_RETURN_CUSTOMER = "returning.customer@demo.test"

const ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Nørrebrogade 1",
  city: "Copenhagen",
  postal_code: "2200",
  country_code: "dk",
}

/**
 * One returned order of a demo seller, through the same workflows as the routes: a cart
 * checked out (split checkout), its payment captured, the order fulfilled and shipped, one
 * unit returned by the seller and received back into stock with its refund. Skipped when
 * the demo customer already has an order.
 */
export async function seedReturnedOrder(
  container: ExecArgs["container"],
  sellerId: string
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: existing } = await query.graph({
    entity: "order",
    fields: ["id"],
    filters: { email: DEMO_RETURN_CUSTOMER },
  })
  if (existing.length) {
    return
  }
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

  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: region.id,
      sales_channel_id: store.default_sales_channel_id,
      email: DEMO_RETURN_CUSTOMER,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
      items: [{ variant_id: variantId, quantity: 2 }],
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
  const { result: group } = await completeMarketplaceCartWorkflow(
    container
  ).run({ input: { id: cart.id } })
  await captureOrderGroupWorkflow(container).run({
    input: { order_group_id: group.id },
  })

  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "items.id"],
    filters: { email: DEMO_RETURN_CUSTOMER },
  })
  const itemId = (order.items ?? [])[0]!.id
  const actor = { seller_id: sellerId, member_id: owner.id, order_id: order.id }
  const { result: fulfillment } = await fulfillVendorOrderWorkflow(
    container
  ).run({
    input: { ...actor, items: [{ id: itemId, quantity: 2 }] },
  })
  await shipVendorFulfillmentWorkflow(container).run({
    input: { ...actor, fulfillment_id: fulfillment.id },
  })
  const { result: returnId } = await createVendorReturnWorkflow(container).run({
    input: {
      ...actor,
      items: [{ id: itemId, quantity: 1 }],
      reason: "Too small",
    },
  })
  await receiveVendorReturnWorkflow(container).run({
    input: { seller_id: sellerId, member_id: owner.id, return_id: returnId },
  })
}
