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
    let invalidation: Promise<void> | undefined
    const invalidate = () => {
      invalidation ??= invalidateFor(req, cartOf)
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

async function invalidateFor(
  req: MedusaRequest,
  cartOf: CartOfRequest
): Promise<void> {
  try {
    const cartId = await cartOf(req)
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
