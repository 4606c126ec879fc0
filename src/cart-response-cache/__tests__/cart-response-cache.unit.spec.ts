import type { ICachingModuleService } from "@medusajs/framework/types"
import { CartResponseCache } from "../cart-response-cache"

/**
 * A stand-in for the Caching Module service with the two behaviours the cart cache
 * depends on: entries by key with tags, and `set` calls for the same key and tags
 * merged into the one already in flight (as CachingModuleService does).
 */
class CachingService {
  readonly entries = new Map<string, { data: object; tags: string[] }>()
  private readonly inFlight = new Map<string, Promise<void>>()

  async get({ key }: { key?: string }) {
    await Promise.resolve()
    return (key && this.entries.get(key)?.data) ?? null
  }

  async set({
    key,
    data,
    tags = [],
  }: {
    key: string
    data: object
    tags?: string[]
  }) {
    const requestKey = `${key}|${[...tags].sort().join(",")}`
    const existing = this.inFlight.get(requestKey)
    if (existing) {
      return await existing
    }
    const write = new Promise<void>((resolve) =>
      setTimeout(() => {
        this.entries.set(key, { data, tags })
        resolve()
      }, 5)
    )
    this.inFlight.set(requestKey, write)
    try {
      await write
    } finally {
      this.inFlight.delete(requestKey)
    }
  }

  async clear({ tags = [] }: { tags?: string[] }) {
    for (const [key, entry] of this.entries) {
      if (entry.tags.some((tag) => tags.includes(tag))) {
        this.entries.delete(key)
      }
    }
  }
}

function setup() {
  const service = new CachingService()
  // The fake implements only the methods CartResponseCache calls.
  const cache = new CartResponseCache(
    service as unknown as ICachingModuleService
  )
  return { service, cache }
}

const body = (email: string) => ({ cart: { id: "cart_1", email } })

describe("CartResponseCache", () => {
  it("serves what was stored for the same cart and variant", async () => {
    const { cache } = setup()
    const miss = await cache.lookup("cart_1", "v")
    expect(miss.hit).toBe(false)
    if (!miss.hit) await miss.store(body("a@test"))

    expect(await cache.lookup("cart_1", "v")).toEqual({
      hit: true,
      body: body("a@test"),
    })
    expect((await cache.lookup("cart_1", "other")).hit).toBe(false)
    expect((await cache.lookup("cart_2", "v")).hit).toBe(false)
  })

  it("never serves a body read before an invalidation, even when stored after it", async () => {
    const { cache } = setup()
    const slowRead = await cache.lookup("cart_1", "v")
    await cache.invalidateCart("cart_1")
    if (!slowRead.hit) await slowRead.store(body("stale@test"))
    expect((await cache.lookup("cart_1", "v")).hit).toBe(false)
  })

  it("orphans every cart when the shared epoch changes", async () => {
    const { cache } = setup()
    const read = await cache.lookup("cart_1", "v")
    if (!read.hit) await read.store(body("a@test"))
    await cache.invalidateAllCarts()
    expect((await cache.lookup("cart_1", "v")).hit).toBe(false)
  })

  it("replaces an evicted version token with a new one", async () => {
    const { service, cache } = setup()
    const read = await cache.lookup("cart_1", "v")
    if (!read.hit) await read.store(body("a@test"))
    service.entries.delete("cart-cache:version:cart_1")
    expect((await cache.lookup("cart_1", "v")).hit).toBe(false)
  })

  it("writes every token replacement, even when the module would merge them", async () => {
    const { service, cache } = setup()
    await cache.lookup("cart_1", "v")
    const first = cache.invalidateCart("cart_1")
    // A read between two commits stores under the first replacement...
    await new Promise((resolve) => setTimeout(resolve, 1))
    const second = cache.invalidateCart("cart_1")
    await first
    const between = await cache.lookup("cart_1", "v")
    if (!between.hit) await between.store(body("between@test"))
    await second
    // ...and the second replacement, made after the later commit, must still orphan it.
    expect((await cache.lookup("cart_1", "v")).hit).toBe(false)
    expect(service.entries.get("cart-cache:version:cart_1")).toBeDefined()
  })

  it("drops the entries of an invalidated cart", async () => {
    const { service, cache } = setup()
    const read = await cache.lookup("cart_1", "v")
    if (!read.hit) await read.store(body("a@test"))
    expect(
      [...service.entries.keys()].some((key) =>
        key.startsWith("cart-cache:entry:")
      )
    ).toBe(true)
    await cache.invalidateCart("cart_1")
    expect(
      [...service.entries.keys()].some((key) =>
        key.startsWith("cart-cache:entry:")
      )
    ).toBe(false)
  })
})

describe("CartResponseCache, other reads", () => {
  type Options = { shipping_options: string[] }
  const isOptions = (value: unknown): value is Options =>
    Array.isArray((value as Options | null)?.shipping_options)
  const options = { accepts: isOptions, dependsOnShipping: true }

  it("keeps a cart's shipping options until the cart, the epoch or the shipping token changes", async () => {
    const { cache } = setup()
    const store = async () => {
      const read = await cache.lookupCartRead("cart_1", "so", options)
      if (!read.hit) await read.store({ shipping_options: ["so_1"] })
    }
    const hit = async () =>
      (await cache.lookupCartRead("cart_1", "so", options)).hit

    await store()
    expect(await hit()).toBe(true)
    // The cart body of the same cart is a different entry.
    expect((await cache.lookup("cart_1", "so")).hit).toBe(false)
    for (const invalidate of [
      () => cache.invalidateShippingOptions(),
      () => cache.invalidateCart("cart_1"),
      () => cache.invalidateAllCarts(),
    ]) {
      await invalidate()
      expect(await hit()).toBe(false)
      await store()
      expect(await hit()).toBe(true)
    }
  })

  it("leaves cart bodies alone when only the shipping token changes", async () => {
    const { cache } = setup()
    const read = await cache.lookup("cart_1", "v")
    if (!read.hit) await read.store(body("a@test"))
    await cache.invalidateShippingOptions()
    expect((await cache.lookup("cart_1", "v")).hit).toBe(true)
  })

  it("keeps a shared read until the epoch changes", async () => {
    const { cache } = setup()
    const isProviders = (value: unknown): value is { payment_providers: [] } =>
      Array.isArray(
        (value as { payment_providers?: unknown } | null)?.payment_providers
      )
    const read = await cache.lookupSharedRead("pp", isProviders)
    if (!read.hit) await read.store({ payment_providers: [] })
    expect((await cache.lookupSharedRead("pp", isProviders)).hit).toBe(true)
    await cache.invalidateCart("cart_1")
    await cache.invalidateShippingOptions()
    expect((await cache.lookupSharedRead("pp", isProviders)).hit).toBe(true)
    await cache.invalidateAllCarts()
    expect((await cache.lookupSharedRead("pp", isProviders)).hit).toBe(false)
  })
})
