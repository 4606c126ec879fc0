import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type SellerRef = { id: string; name: string }

type CartSellersRow = {
  id: string
  items?: ({ product?: { seller?: SellerRef | null } | null } | null)[] | null
  shipping_methods?:
    | ({
        id: string
        shipping_option_id?: string | null
      } | null)[]
    | null
}

/** The sellers of a cart's items (in the order they first appear) and its shipping methods. */
export async function retrieveCartSellers(
  container: MedusaContainer,
  cartId: string
): Promise<{
  sellers: SellerRef[]
  shippingMethods: { id: string; shipping_option_id: string | null }[]
}> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: [
      "id",
      "items.product.seller.id",
      "items.product.seller.name",
      "shipping_methods.id",
      "shipping_methods.shipping_option_id",
    ],
    filters: { id: cartId },
  })
  const cart = data[0] as CartSellersRow | undefined
  const sellers = new Map<string, SellerRef>()
  for (const item of cart?.items ?? []) {
    const seller = item?.product?.seller
    if (seller && !sellers.has(seller.id)) {
      sellers.set(seller.id, { id: seller.id, name: seller.name })
    }
  }
  return {
    sellers: [...sellers.values()],
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

/** Shipping option id → its seller id and shipping profile (options without a seller are absent). */
export async function retrieveShippingOptionSellers(
  container: MedusaContainer,
  optionIds: string[]
): Promise<Map<string, { seller_id: string; shipping_profile_id: string }>> {
  const ids = [...new Set(optionIds)]
  if (!ids.length) {
    return new Map()
  }
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "shipping_option",
    fields: ["id", "shipping_profile_id", "seller.id"],
    filters: { id: ids },
  })
  const sellers = new Map<
    string,
    { seller_id: string; shipping_profile_id: string }
  >()
  for (const row of data as {
    id: string
    shipping_profile_id: string
    seller?: { id: string } | null
  }[]) {
    if (row.seller?.id) {
      sellers.set(row.id, {
        seller_id: row.seller.id,
        shipping_profile_id: row.shipping_profile_id,
      })
    }
  }
  return sellers
}
