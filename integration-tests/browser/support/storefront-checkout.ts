import type { MarketplaceApi } from "./marketplace-api"

const ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

type StoreProduct = {
  id: string
  variants: { id: string }[]
  seller?: { id: string; handle: string }
}

export type PlacedGroup = {
  id: string
  orders: { id: string; seller_id: string; display_id: number }[]
  /** One product per seller whose items are in the group. */
  productIds: string[]
}

/**
 * A storefront's checkout of one item from each of the given seed sellers: cart, items,
 * each seller's shipping option (read with the seller's own login), a system payment
 * session, completion into an order group.
 */
export async function placeOrderGroup(
  api: MarketplaceApi,
  sellers: { handle: string; email: string; password: string }[],
  email: string
): Promise<PlacedGroup> {
  const { regions } = await api.store<{
    regions: { id: string; currency_code: string }[]
  }>("GET", "/store/regions")
  const region =
    regions.find((candidate) => candidate.currency_code === "eur") ?? regions[0]
  const { products } = await api.store<{ products: StoreProduct[] }>(
    "GET",
    `/store/products?limit=100&region_id=${region.id}&fields=id,*variants,+seller.id,+seller.handle`
  )
  const { cart } = await api.store<{ cart: { id: string } }>(
    "POST",
    "/store/carts",
    {
      region_id: region.id,
      email,
      shipping_address: ADDRESS,
      billing_address: ADDRESS,
    }
  )
  const productIds: string[] = []
  for (const seller of sellers) {
    const product = products.find(
      (candidate) =>
        candidate.seller?.handle === seller.handle && candidate.variants.length
    )
    if (!product) {
      throw new Error(`the store lists no product of ${seller.handle}`)
    }
    productIds.push(product.id)
    await api.store("POST", `/store/carts/${cart.id}/line-items`, {
      variant_id: product.variants[0].id,
      quantity: 1,
    })
    const token = await api.sellerToken(seller.email, seller.password)
    const { shipping_options } = await api.request<{
      shipping_options: { id: string }[]
    }>("GET", "/vendor/shipping-options", { token })
    await api.store("POST", `/store/carts/${cart.id}/shipping-methods`, {
      option_id: shipping_options[0].id,
    })
  }
  const { payment_collection } = await api.store<{
    payment_collection: { id: string }
  }>("POST", "/store/payment-collections", {
    cart_id: cart.id,
  })
  await api.store(
    "POST",
    `/store/payment-collections/${payment_collection.id}/payment-sessions`,
    { provider_id: "pp_system_default" }
  )
  const completed = await api.store<{
    type: string
    order_group?: PlacedGroup
  }>("POST", `/store/carts/${cart.id}/complete`)
  if (completed.type !== "order_group" || !completed.order_group) {
    throw new Error(`the cart did not complete: ${JSON.stringify(completed)}`)
  }
  return { ...completed.order_group, productIds }
}
