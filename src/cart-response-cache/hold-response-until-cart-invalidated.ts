import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CartOfRequest } from "./cart-of-request"
import { cartResponseCache } from "./cart-response-cache"

/**
 * For a route that changes a cart: the response (success or error alike, since a
 * failed workflow may have written before compensating) is held back until the
 * cart's cache version was replaced, so the client can never read its old cart
 * after seeing the mutation's answer. A response that bypasses `res.json` still
 * invalidates once it is sent.
 */
export function holdResponseUntilCartInvalidated(cartOf: CartOfRequest) {
  return function holdResponseUntilCartInvalidatedMiddleware(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ): void {
    const cache = cartResponseCache(req.scope)
    if (!cache) {
      return next()
    }
    // The cart a request changes follows from its input (path, body, an existing payment
    // collection's link), so it is looked up while the route runs, not after it.
    const cartId = lookUpCart(req, cartOf)
    let invalidation: Promise<void> | undefined
    const invalidate = () => {
      invalidation ??= invalidateFor(req, cartId)
      return invalidation
    }

    const json = res.json.bind(res)
    res.json = (body: unknown) => {
      void invalidate()
        .then(() => json(body))
        .catch((error: unknown) =>
          logError(req, `could not send the response: ${String(error)}`)
        )
      return res
    }
    res.once("close", () => void invalidate())
    next()
  }
}

async function lookUpCart(
  req: MedusaRequest,
  cartOf: CartOfRequest
): Promise<string | undefined> {
  try {
    return await cartOf(req)
  } catch (error) {
    logError(req, `could not find the cart: ${String(error)}`)
    return undefined
  }
}

async function invalidateFor(
  req: MedusaRequest,
  cartOfRequest: Promise<string | undefined>
): Promise<void> {
  try {
    const cartId = await cartOfRequest
    if (cartId) {
      await cartResponseCache(req.scope)?.invalidateCart(cartId)
    }
  } catch (error) {
    logError(req, `could not invalidate: ${String(error)}`)
  }
}

function logError(req: MedusaRequest, message: string): void {
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  logger.error(`Cart cache, ${req.method} ${req.path}: ${message}`)
}
