import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { listSellerResourceIds } from "../../workflows/catalog/utils/seller-resources"

/**
 * Prints the storefront checkout of docs/checkout.md with this database's ids: a cart with
 * one item of each of two demo sellers, from creation to the order group.
 */
export async function printStorefrontFlow(
  container: ExecArgs["container"],
  publishableKey: string,
  sellers: { id: string; name: string }[]
) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [region] = await container
    .resolve(Modules.REGION)
    .listRegions({ name: "Europe" }, { select: ["id"] })
  const lines: string[] = []
  for (const seller of sellers.slice(0, 2)) {
    const [productId] = await listSellerResourceIds(
      container,
      "product",
      seller.id
    )
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id"],
      filters: { product_id: productId },
    })
    if (data[0]) {
      lines.push(
        `     POST /store/carts/$CART/line-items {"variant_id":"${data[0].id}","quantity":1}   (${seller.name})`
      )
    }
  }
  if (!region || lines.length < 2) {
    return
  }
  console.log(
    [
      `Storefront checkout (docs/checkout.md), every call with the header x-publishable-api-key: ${publishableKey}`,
      ` 1. POST /store/carts {"region_id":"${region.id}","email":"you@example.test"}   → cart.id = $CART`,
      ` 2. one line item per seller:`,
      ...lines,
      ` 3. POST /store/carts/$CART {"shipping_address":{"first_name":"Ada","last_name":"Lovelace","address_1":"Nørrebrogade 1","city":"Copenhagen","postal_code":"2200","country_code":"dk"}}`,
      ` 4. GET /store/shipping-options?cart_id=$CART   → shipping_options[] (each with seller_id), sellers[].shipping_option_ids`,
      ` 5. POST /store/carts/$CART/shipping-methods {"option_id":"…"}   once per seller`,
      ` 6. GET /store/payment-providers?region_id=${region.id}`,
      ` 7. POST /store/payment-collections {"cart_id":"$CART"}   → payment_collection.id = $PAYCOL`,
      ` 8. POST /store/payment-collections/$PAYCOL/payment-sessions {"provider_id":"pp_system_default"}`,
      ` 9. POST /store/carts/$CART/complete   → { type: "order_group", order_group: { id, orders: [one per seller] } }`,
    ].join("\n")
  )
}
