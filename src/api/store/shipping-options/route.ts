import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"
import type {
  StoreCartShippingOption,
  StoreCartShippingOptionsResponse,
} from "../../../types/http"
import {
  retrieveCartSellers,
  retrieveShippingOptionSellers,
} from "../../../workflows/cart/utils/cart-sellers"

/**
 * The shipping options of a cart, per seller. Replaces Medusa's route: only the options of
 * the sellers whose items are in the cart, each with its `seller_id`, and per seller the
 * options it offers for the cart's address (`sellers[].shipping_option_ids`, empty when it
 * ships nowhere the address is). Other sellers' options and options without a seller are
 * left out (docs/checkout.md).
 */
export const GET = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreCartShippingOptionsResponse>
) => {
  const { cart_id, is_return } = req.filterableFields as {
    cart_id: string
    is_return?: boolean
  }
  const [{ result }, { sellers }] = await Promise.all([
    listShippingOptionsForCartWorkflow(req.scope).run({
      input: {
        cart_id,
        is_return: !!is_return,
        fields: req.queryConfig.fields,
      },
    }),
    retrieveCartSellers(req.scope, cart_id),
  ])
  const options = result as ({ id: string; name: string } & Record<
    string,
    unknown
  >)[]
  const optionSellers = await retrieveShippingOptionSellers(
    req.scope,
    options.map((option) => option.id)
  )
  const cartSellers = new Set(sellers.map((seller) => seller.id))
  const shipping_options: StoreCartShippingOption[] = options.flatMap(
    (option) => {
      const sellerId = optionSellers.get(option.id)?.seller_id
      return sellerId && cartSellers.has(sellerId)
        ? [{ ...option, seller_id: sellerId }]
        : []
    }
  )
  res.json({
    shipping_options,
    sellers: sellers.map((seller) => ({
      id: seller.id,
      name: seller.name,
      shipping_option_ids: shipping_options
        .filter((option) => option.seller_id === seller.id)
        .map((option) => option.id),
    })),
  })
}
