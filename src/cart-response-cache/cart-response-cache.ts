import { randomUUID } from "node:crypto"
import type {
  ICachingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { FeatureFlag, Modules } from "@medusajs/framework/utils"
import {
  CART_CACHE_EPOCH_KEY,
  CART_CACHE_SHIPPING_KEY,
  cartEntriesTag,
  cartEntryKey,
  cartVersionKey,
  sharedEntryKey,
} from "./cart-cache-keys"

export type CartResponseBody = {
  cart: { id: string } & Record<string, unknown>
}

/** The result of looking a GET up: the cached body, or where to store the fresh one. */
export type CartCacheLookup<Body = CartResponseBody> =
  | { hit: true; body: Body }
  | { hit: false; store: (body: Body) => Promise<void> }

/** What a cached body of one cart depends on besides the cart and the shared content. */
export type CartReadOptions<Body> = {
  /** Whether a stored value is a body of this read (entries are never trusted blindly). */
  accepts: (value: unknown) => value is Body
  /** Also orphaned by stock and shipping setup changes (shipping options of a cart). */
  dependsOnShipping?: boolean
}

type Token = { token: string }

/**
 * The cart-response cache, stored through the Caching Module so it works on every
 * caching provider. Correctness rests on tokens, not on deleting entries:
 *
 * - a GET reads the cart's version token and the shared epoch token *before* it
 *   queries the database, and stores its body under a key containing both;
 * - a mutation replaces the cart's version token after it committed and before its
 *   response is sent, so every later GET looks under a key no older read can have
 *   written to, however slow that read was;
 * - a missing token (expired, evicted) is replaced by a fresh random one, which
 *   equally orphans whatever was stored before.
 *
 * Token writes for one key are serialized in this process: the Caching Module merges
 * concurrent `set` calls for the same key into one, which could otherwise drop the
 * replacement made after a later commit.
 */
export class CartResponseCache {
  private readonly pendingWrites = new Map<string, Promise<string>>()

  constructor(private readonly caching: ICachingModuleService) {}

  /** `GET /store/carts/:id`. */
  lookup(cartId: string, variant: string): Promise<CartCacheLookup> {
    return this.lookupCartRead(cartId, variant, {
      accepts: (value): value is CartResponseBody =>
        isCartResponse(value, cartId),
    })
  }

  /** Any read of one cart, valid while the cart's version and the shared epoch are current. */
  async lookupCartRead<Body>(
    cartId: string,
    variant: string,
    options: CartReadOptions<Body>
  ): Promise<CartCacheLookup<Body>> {
    const [epoch, version, shipping] = await Promise.all([
      this.currentToken(CART_CACHE_EPOCH_KEY),
      this.currentToken(cartVersionKey(cartId)),
      options.dependsOnShipping
        ? this.currentToken(CART_CACHE_SHIPPING_KEY)
        : undefined,
    ])
    const key = cartEntryKey(cartId, { epoch, version, shipping }, variant)
    return await this.lookupKey(key, [cartEntriesTag(cartId)], options.accepts)
  }

  /** A read many carts share (no cart in it), valid while the shared epoch is current. */
  async lookupSharedRead<Body>(
    variant: string,
    accepts: (value: unknown) => value is Body
  ): Promise<CartCacheLookup<Body>> {
    const epoch = await this.currentToken(CART_CACHE_EPOCH_KEY)
    return await this.lookupKey(sharedEntryKey(epoch, variant), [], accepts)
  }

  private async lookupKey<Body>(
    key: string,
    tags: string[],
    accepts: (value: unknown) => value is Body
  ): Promise<CartCacheLookup<Body>> {
    const cached: unknown = await this.caching.get({ key })
    if (accepts(cached)) {
      return { hit: true, body: cached }
    }
    return {
      hit: false,
      store: async (body) => {
        await this.caching.set({
          key,
          data: body as object,
          tags: tags.length ? tags : undefined,
          // Our tokens decide validity; Medusa's entity-based invalidation must not
          // (nor does it need to) touch these entries.
          options: { autoInvalidate: false },
        })
      },
    }
  }

  /** After a mutation of the cart committed: later reads miss everything cached so far. */
  async invalidateCart(cartId: string): Promise<void> {
    await this.replaceToken(cartVersionKey(cartId))
    // Unreachable already; deleting them only gives the memory back early.
    await this.caching.clear({ tags: [cartEntriesTag(cartId)] })
  }

  /** After a change to content many carts show (products, regions, promotions...). */
  async invalidateAllCarts(): Promise<void> {
    await this.replaceToken(CART_CACHE_EPOCH_KEY)
  }

  /** After a stock or shipping setup change: every cart's cached shipping options are orphaned. */
  async invalidateShippingOptions(): Promise<void> {
    await this.replaceToken(CART_CACHE_SHIPPING_KEY)
  }

  private async currentToken(key: string): Promise<string> {
    const stored: unknown = await this.caching.get({ key })
    if (isToken(stored)) {
      return stored.token
    }
    return await this.replaceToken(key)
  }

  private replaceToken(key: string): Promise<string> {
    const token = randomUUID()
    const previous = this.pendingWrites.get(key) ?? Promise.resolve("")
    const write = previous
      .catch(() => "")
      .then(async () => {
        await this.caching.set({ key, data: { token } satisfies Token })
        return token
      })
    this.pendingWrites.set(key, write)
    const forget = () => {
      if (this.pendingWrites.get(key) === write) {
        this.pendingWrites.delete(key)
      }
    }
    write.then(forget, forget)
    return write
  }
}

function isToken(value: unknown): value is Token {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Token).token === "string"
  )
}

function isCartResponse(
  value: unknown,
  cartId: string
): value is CartResponseBody {
  const cart = (value as Partial<CartResponseBody> | null)?.cart
  return typeof cart === "object" && cart !== null && cart.id === cartId
}

/** One cache per Caching Module instance, so token writes are serialized process-wide. */
const caches = new WeakMap<ICachingModuleService, CartResponseCache>()

/** The cart cache of this app, or undefined when the Caching Module is off (`CACHING=off`). */
export function cartResponseCache(
  container: MedusaContainer
): CartResponseCache | undefined {
  // With the feature flag off the key can still be registered, without a service behind it.
  if (!FeatureFlag.isFeatureEnabled("caching")) {
    return undefined
  }
  const caching = container.resolve<ICachingModuleService | undefined>(
    Modules.CACHING,
    {
      allowUnregistered: true,
    }
  )
  if (typeof caching !== "object" || caching === null) {
    return undefined
  }
  let cache = caches.get(caching)
  if (!cache) {
    cache = new CartResponseCache(caching)
    caches.set(caching, cache)
  }
  return cache
}
