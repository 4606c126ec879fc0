import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { CartCacheLookup, CartResponseCache } from "./cart-response-cache"
import { cartResponseCache } from "./cart-response-cache"

/** Looks the request up in the cache, or says it is not cached (undefined). */
export type LookupOfRequest<Body> = (
  req: MedusaRequest,
  cache: CartResponseCache
) => Promise<CartCacheLookup<Body>> | undefined

/**
 * A cached store read, after Medusa's query validation: answers from the cart cache, or
 * lets Medusa's (or our) route answer and keeps its 200 body until what it shows is
 * invalidated, under the tokens read before the route queried the database.
 */
export function cacheReadUntilInvalidated<Body>(
  lookupOf: LookupOfRequest<Body>,
  isBody: (body: unknown) => body is Body
) {
  return async function cacheReadUntilInvalidatedMiddleware(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ): Promise<void> {
    const cache = cartResponseCache(req.scope)
    const pending = cache && lookupOf(req, cache)
    if (!pending) {
      return next()
    }
    const lookup = await pending
    if (lookup.hit) {
      res.json(lookup.body)
      return
    }

    const json = res.json.bind(res)
    res.json = (body: unknown) => {
      if (res.statusCode === 200 && isBody(body)) {
        lookup.store(body).catch((error: unknown) => {
          const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
          logger.warn(
            `Cart cache: could not store ${req.method} ${req.path}: ${String(error)}`
          )
        })
      }
      return json(body)
    }
    next()
  }
}
