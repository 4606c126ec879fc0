import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { cartResponseVariant } from "./cart-cache-keys"
import { CartResponseBody, cartResponseCache } from "./cart-response-cache"

/**
 * `GET /store/carts/:id`, after Medusa's query validation: answers from the cart
 * cache, or lets Medusa's route answer and keeps its `200 { cart }` body until the cart
 * (or content it shows) is invalidated, under the tokens read before the route queried
 * the database.
 */
export async function cacheCartResponseUntilInvalidated(
  req: MedusaRequest,
  res: MedusaResponse,
  next: MedusaNextFunction
): Promise<void> {
  const cache = cartResponseCache(req.scope)
  const cartId = req.params.id
  if (!cache || !cartId) {
    return next()
  }
  const variant = cartResponseVariant({
    fields: req.queryConfig.fields,
    locale: req.locale,
  })
  const lookup = await cache.lookup(cartId, variant)
  if (lookup.hit) {
    res.json(lookup.body)
    return
  }

  const json = res.json.bind(res)
  res.json = (body: unknown) => {
    if (res.statusCode === 200 && isCartBody(body)) {
      lookup.store(body).catch((error: unknown) => {
        const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
        logger.warn(
          `Cart cache: could not store cart ${cartId}: ${String(error)}`
        )
      })
    }
    return json(body)
  }
  next()
}

function isCartBody(body: unknown): body is CartResponseBody {
  const cart = (body as Partial<CartResponseBody> | null)?.cart
  return (
    typeof cart === "object" && cart !== null && typeof cart.id === "string"
  )
}
