import type { MedusaRequest } from "@medusajs/framework/http"
import { cartResponseVariant, storeReadVariant } from "./cart-cache-keys"
import type { CartResponseBody } from "./cart-response-cache"
import { cacheReadUntilInvalidated } from "./cache-read-until-invalidated"

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null

const variantOf = (req: MedusaRequest, route: string) =>
  storeReadVariant({
    route,
    fields: req.queryConfig.fields,
    locale: req.locale,
    query: (req.validatedQuery ?? {}) as Record<string, unknown>,
  })

/** `GET /store/carts/:id`: until the cart or the content it shows changes. */
export const cacheCartRead = cacheReadUntilInvalidated(
  (req, cache) =>
    req.params.id
      ? cache.lookup(
          req.params.id,
          cartResponseVariant({
            fields: req.queryConfig.fields,
            locale: req.locale,
          })
        )
      : undefined,
  (body): body is CartResponseBody =>
    isObject(body) && isObject(body.cart) && typeof body.cart.id === "string"
)

type ShippingOptionsBody = { shipping_options: unknown[] }

/**
 * `GET /store/shipping-options?cart_id=`: until the cart changes (items, address,
 * sales channel...), the shared content changes (shipping options, sellers...), or stock
 * or shipping setup changes (`insufficient_inventory`, service zones).
 */
export const cacheCartShippingOptions = cacheReadUntilInvalidated(
  (req, cache) => {
    const cartId = (req.validatedQuery as { cart_id?: unknown } | undefined)
      ?.cart_id
    return typeof cartId === "string"
      ? cache.lookupCartRead(cartId, variantOf(req, "shipping-options"), {
          accepts: isShippingOptionsBody,
          dependsOnShipping: true,
        })
      : undefined
  },
  isShippingOptionsBody
)

function isShippingOptionsBody(body: unknown): body is ShippingOptionsBody {
  return isObject(body) && Array.isArray(body.shipping_options)
}

type PaymentProvidersBody = { payment_providers: unknown[] }

/** `GET /store/payment-providers?region_id=`: until a region (its providers) changes. */
export const cacheRegionPaymentProviders = cacheReadUntilInvalidated(
  (req, cache) =>
    cache.lookupSharedRead(
      variantOf(req, "payment-providers"),
      isPaymentProvidersBody
    ),
  isPaymentProvidersBody
)

function isPaymentProvidersBody(body: unknown): body is PaymentProvidersBody {
  return isObject(body) && Array.isArray(body.payment_providers)
}
