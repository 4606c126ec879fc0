import { createHash } from "node:crypto"

/**
 * Key layout of the cart-response cache (see docs/cart-cache.md):
 *
 *   cart-cache:epoch                               { token }   bumped when shared content changes
 *   cart-cache:version:<cart id>                   { token }   bumped after every mutation of the cart
 *   cart-cache:shipping                            { token }   bumped when stock or shipping setup changes
 *   cart-cache:entry:<cart id>:<epoch>:<version>:<variant>     the `{ cart }` body of one GET
 *   cart-cache:entry:<cart id>:<epoch>:<version>:<shipping>:<variant>   shipping options of the cart
 *   cart-cache:shared:<epoch>:<variant>            a read many carts share (the region's payment providers)
 *
 * An entry is only reachable while both tokens it was written under are current,
 * so replacing a token is the invalidation; deleting the entries only frees memory.
 */
const PREFIX = "cart-cache"

export const CART_CACHE_EPOCH_KEY = `${PREFIX}:epoch`

export const CART_CACHE_SHIPPING_KEY = `${PREFIX}:shipping`

export function cartVersionKey(cartId: string): string {
  return `${PREFIX}:version:${cartId}`
}

/** The tag every entry of one cart carries, to drop them all when the cart changes. */
export function cartEntriesTag(cartId: string): string {
  return `${PREFIX}:cart:${cartId}`
}

export type CartEntryTokens = {
  epoch: string
  version: string
  /** Only for entries that also depend on stock and shipping setup. */
  shipping?: string
}

export function cartEntryKey(
  cartId: string,
  tokens: CartEntryTokens,
  variant: string
): string {
  const shipping = tokens.shipping ? `${tokens.shipping}:` : ""
  return `${PREFIX}:entry:${cartId}:${tokens.epoch}:${tokens.version}:${shipping}${variant}`
}

export function sharedEntryKey(epoch: string, variant: string): string {
  return `${PREFIX}:shared:${epoch}:${variant}`
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
  return hashVariant({
    fields: canonicalFields(input.fields),
    locale: input.locale ?? null,
  })
}

/**
 * The variant of another cached store read: its route, the resolved fields (as for the
 * cart), the locale and the rest of its validated query (sorted keys), e.g. `cart_id`,
 * `is_return`, `region_id`, pagination.
 */
export function storeReadVariant(input: {
  route: string
  fields: readonly string[]
  locale?: string
  query: Record<string, unknown>
}): string {
  const { fields: _fields, ...rest } = input.query
  const query = Object.fromEntries(
    Object.entries(rest)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => a.localeCompare(b))
  )
  return hashVariant({
    route: input.route,
    fields: canonicalFields(input.fields),
    locale: input.locale ?? null,
    query,
  })
}

function canonicalFields(fields: readonly string[]): string[] {
  return [
    ...new Set(fields.map((field) => field.trim()).filter(Boolean)),
  ].sort()
}

function hashVariant(canonical: Record<string, unknown>): string {
  return createHash("sha256")
    .update(JSON.stringify(canonical))
    .digest("base64url")
    .slice(0, 22)
}
