/** Registers the cart-response cache's subscriber (src/cart-response-cache) with Medusa. */
export {
  default,
  config,
} from "../cart-response-cache/subscribers/invalidate-shipping-options-on-stock-change"
