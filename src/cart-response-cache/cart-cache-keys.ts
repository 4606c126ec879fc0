import { createHash } from "node:crypto"

/**
 * Key layout of the cart-response cache (see docs/cart-cache.md):
 *
 *   cart-cache:epoch                               { token }   bumped when shared content changes
 *   cart-cache:version:<cart id>                   { token }   bumped after every mutation of the cart
 *   cart-cache:entry:<cart id>:<epoch>:<version>:<variant>     the `{ cart }` body of one GET
 *
 * An entry is only reachable while both tokens it was written under are current,
 * so replacing a token is the invalidation; deleting the entries only frees memory.
 */
const PREFIX = "cart-cache"

export const CART_CACHE_EPOCH_KEY = `${PREFIX}:epoch`

export function cartVersionKey(cartId: string): string {
  return `${PREFIX}:version:${cartId}`
}

/** The tag every entry of one cart carries, to drop them all when the cart changes. */
export function cartEntriesTag(cartId: string): string {
  return `${PREFIX}:cart:${cartId}`
}

export function cartEntryKey(
  cartId: string,
  tokens: { epoch: string; version: string },
  variant: string
): string {
  return `${PREFIX}:entry:${cartId}:${tokens.epoch}:${tokens.version}:${variant}`
}

/**
 * What, besides the cart, decides the body of `GET /store/carts/:id`: the fields
 * resolved by Medusa's query config (order and duplicates do not matter, so
 * `?fields=+a,+b` and `?fields=+b,+a` share an entry) and the request locale.
 */
export function cartResponseVariant(input: {
  fields: readonly string[]
  locale?: string
}): string {
  const fields = [
    ...new Set(input.fields.map((field) => field.trim()).filter(Boolean)),
  ].sort()
  const canonical = JSON.stringify({ fields, locale: input.locale ?? null })
  return createHash("sha256").update(canonical).digest("base64url").slice(0, 22)
}
