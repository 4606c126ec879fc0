import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import SellerProductLink from "../../../links/seller-product"
import SellerShippingOptionLink from "../../../links/seller-shipping-option"

export type SellerRef = { id: string; name: string }

export type CartShippingMethodRef = {
  id: string
  shipping_option_id: string | null
}

type CartLinesRow = {
  items?: ({ product_id?: string | null } | null)[] | null
  shipping_methods?:
    ({ id: string; shipping_option_id?: string | null } | null)[] | null
}

/**
 * The product ids of a cart's items (in the order they first appear) and its shipping
 * methods: one Cart Module read, no other module joined. These run inside Medusa's cart
 * workflows (hooks) and cart routes, so the seller lookups below read the link tables
 * directly instead of joining product → seller through Query.
 */
export async function retrieveCartLines(
  container: MedusaContainer,
  cartId: string
): Promise<{ productIds: string[]; shippingMethods: CartShippingMethodRef[] }> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.product_id",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as CartLinesRow | undefined
  const productIds = new Set<string>()
  for (const item of cart?.items ?? []) {
    if (item?.product_id) {
      productIds.add(item.product_id)
    }
  }
  return {
    productIds: [...productIds],
    shippingMethods: (cart?.shipping_methods ?? []).flatMap((method) =>
      method
        ? [
            {
              id: method.id,
              shipping_option_id: method.shipping_option_id ?? null,
            },
          ]
        : []
    ),
  }
}

/** Product id → seller id, from the product ↔ seller link (products without a seller are absent). */
export async function retrieveProductSellerIds(
  container: MedusaContainer,
  productIds: string[],
  sellerId?: string
): Promise<Map<string, string>> {
  if (!productIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: SellerProductLink.entryPoint,
    fields: ["product_id", "seller_id"],
    filters: {
      product_id: productIds,
      ...(sellerId ? { seller_id: sellerId } : {}),
    },
  })
  return new Map(
    (data as { product_id: string; seller_id: string }[]).map((link) => [
      link.product_id,
      link.seller_id,
    ])
  )
}

/** The names of sellers, by id (only when a response or an error message shows them). */
export async function retrieveSellerNames(
  container: MedusaContainer,
  sellerIds: string[]
): Promise<Map<string, string>> {
  if (!sellerIds.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "seller",
    fields: ["id", "name"],
    filters: { id: sellerIds },
  })
  return new Map(
    (data as { id: string; name: string }[]).map((seller) => [
      seller.id,
      seller.name,
    ])
  )
}

/**
 * The sellers of a cart's items (in the order they first appear) and its shipping methods.
 * Names are read only with `withNames` (the cart's shipping options show them; the cart
 * workflows' hooks need them for error messages only).
 */
export async function retrieveCartSellers(
  container: MedusaContainer,
  cartId: string,
  { withNames = true } = {}
): Promise<{
  sellers: SellerRef[]
  shippingMethods: CartShippingMethodRef[]
}> {
  const { productIds, shippingMethods } = await retrieveCartLines(
    container,
    cartId
  )
  const sellerOfProduct = await retrieveProductSellerIds(container, productIds)
  const sellerIds = [
    ...new Set(
      productIds.flatMap((id) => {
        const sellerId = sellerOfProduct.get(id)
        return sellerId ? [sellerId] : []
      })
    ),
  ]
  const names = withNames
    ? await retrieveSellerNames(container, sellerIds)
    : new Map<string, string>()
  return {
    sellers: sellerIds.map((id) => ({ id, name: names.get(id) ?? id })),
    shippingMethods,
  }
}

/**
 * Shipping option id → its seller id (options without a seller are absent), from the
 * shipping option ↔ seller link; with `withProfiles` also each option's shipping profile.
 */
export async function retrieveShippingOptionSellers(
  container: MedusaContainer,
  optionIds: string[],
  { withProfiles = false } = {}
): Promise<Map<string, { seller_id: string; shipping_profile_id?: string }>> {
  const ids = [...new Set(optionIds)]
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: links }, { data: options }] = await Promise.all([
    query.graph({
      entity: SellerShippingOptionLink.entryPoint,
      fields: ["shipping_option_id", "seller_id"],
      filters: { shipping_option_id: ids },
    }),
    withProfiles
      ? query.graph({
          entity: "shipping_option",
          fields: ["id", "shipping_profile_id"],
          filters: { id: ids },
        })
      : Promise.resolve({ data: [] }),
  ])
  const profiles = new Map(
    (options as { id: string; shipping_profile_id: string }[]).map((option) => [
      option.id,
      option.shipping_profile_id,
    ])
  )
  const sellers = new Map<
    string,
    { seller_id: string; shipping_profile_id?: string }
  >()
  for (const link of links as {
    shipping_option_id: string
    seller_id: string
  }[]) {
    sellers.set(link.shipping_option_id, {
      seller_id: link.seller_id,
      ...(withProfiles
        ? { shipping_profile_id: profiles.get(link.shipping_option_id) }
        : {}),
    })
  }
  return sellers
}
