import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { refetchCart } from "@medusajs/medusa/api/store/carts/helpers"
import { defaultStoreCartFields } from "@medusajs/medusa/api/store/carts/query-config"
import type { StoreCompleteCartResponse } from "../../../../../types/http"
import { completeMarketplaceCartWorkflow } from "../../../../../workflows/checkout/workflows/complete-marketplace-cart"
import { retrieveOrderGroupResponse } from "./order-group-response"

/** Failures the customer fixes by retrying the payment: 200 with the cart, as Medusa answers. */
const PAYMENT_ERRORS: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]
/** Failures that need a change to the cart (items, sellers, shipping, stock): 400 with the cart. */
const CART_ERRORS: string[] = [
  MedusaError.Types.INVALID_DATA,
  MedusaError.Types.NOT_ALLOWED,
]

/**
 * Split checkout: replaces Medusa's `POST /store/carts/:id/complete` (docs/checkout.md).
 * 200 `{ type: "order_group", order_group }` on success and on a repeated call; a cart
 * that cannot complete answers `{ type: "cart", cart, error }` (200 for payment errors,
 * 400 for cart errors); other errors (404, 409 lock conflict, 500) use Medusa's error body.
 */
export const POST = async (
  req: MedusaRequest,
  res: MedusaResponse<StoreCompleteCartResponse>
) => {
  const cartId = req.params.id
  const { errors, result, transaction } = await completeMarketplaceCartWorkflow(
    req.scope
  ).run({
    input: { id: cartId },
    throwOnError: false,
  })

  if (errors?.length) {
    const error = errors[0].error as {
      type?: string
      name?: string
      message?: string
    }
    const type = error?.type ?? ""
    if (!PAYMENT_ERRORS.includes(type) && !CART_ERRORS.includes(type)) {
      throw error
    }
    const cart = await refetchCart(cartId, req.scope, defaultStoreCartFields)
    res.status(PAYMENT_ERRORS.includes(type) ? 200 : 400).json({
      type: "cart",
      cart,
      error: { message: error.message, name: error.name, type },
    })
    return
  }
  if (!transaction.hasFinished()) {
    throw new MedusaError(
      MedusaError.Types.CONFLICT,
      "Cart is already being completed by another request"
    )
  }

  const order_group = await retrieveOrderGroupResponse(
    req.scope,
    result.id,
    result.orders
  )
  res.status(200).json({ type: "order_group", order_group })
}
