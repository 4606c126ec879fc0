import type {
  ICachingModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"

type Knex = { raw(sql: string, bindings?: unknown[]): Promise<unknown> }

export const sleep = (ms: number) =>
  new Promise((resolve) => setTimeout(resolve, ms))

/** A unique key/tag prefix per test so runs and tests never share entries. */
export function unique(name: string): string {
  return `${name}-${process.pid}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`
}

/**
 * Resolves once the Caching Module's next `set` has finished. query.graph stores its result
 * in the background (`void cachingModule.set(...)` in Medusa's useCache), so a change made
 * right after a read can land before the entry does (memcached takes a few round trips).
 */
function nextCacheWrite(caching: ICachingModuleService): Promise<void> {
  const set = caching.set
  return new Promise((resolve) => {
    caching.set = async function (...args) {
      caching.set = set
      try {
        return await set.apply(this, args)
      } finally {
        resolve()
      }
    }
  })
}

/**
 * The Caching Module contract every provider must honour, exercised through the module
 * service of a booted app (the provider is whichever the environment selected).
 */
export function cachingModuleBehaviour(
  getContainer: () => MedusaContainer,
  getDb: () => Knex,
  providerId: string
): void {
  const caching = () =>
    getContainer().resolve<ICachingModuleService>(Modules.CACHING)

  it(`stores through the ${providerId} provider and reads back by key and by tag`, async () => {
    const key = unique("key")
    const tag = unique("tag")
    await caching().set({ key, data: { value: 1 }, tags: [tag] })

    expect(await caching().get({ key })).toEqual({ value: 1 })
    expect(await caching().get({ key, providers: [providerId] })).toEqual({
      value: 1,
    })
    expect(await caching().get({ tags: [tag] })).toEqual([{ value: 1 }])
  })

  it("clears by key", async () => {
    const [kept, cleared] = [unique("kept"), unique("cleared")]
    await caching().set({ key: kept, data: { kept: true }, tags: [] })
    await caching().set({ key: cleared, data: { kept: false }, tags: [] })

    await caching().clear({ key: cleared })

    expect(await caching().get({ key: cleared })).toBeNull()
    expect(await caching().get({ key: kept })).toEqual({ kept: true })
  })

  it("clears by tag, leaving other tags alone", async () => {
    const [red, blue] = [unique("red"), unique("blue")]
    const [a, b, c] = [unique("a"), unique("b"), unique("c")]
    await caching().set({ key: a, data: { name: "a" }, tags: [red] })
    await caching().set({ key: b, data: { name: "b" }, tags: [red, blue] })
    await caching().set({ key: c, data: { name: "c" }, tags: [blue] })

    await caching().clear({ tags: [red] })

    expect(await caching().get({ key: a })).toBeNull()
    expect(await caching().get({ key: b })).toBeNull()
    expect(await caching().get({ key: c })).toEqual({ name: "c" })
    expect(await caching().get({ tags: [blue] })).toEqual([{ name: "c" }])
  })

  it("keeps autoInvalidate=false entries on automatic invalidation, not on an explicit clear", async () => {
    const tag = unique("tag")
    const [pinned, auto] = [unique("pinned"), unique("auto")]
    await caching().set({
      key: pinned,
      data: { pinned: true },
      tags: [tag],
      options: { autoInvalidate: false },
    })
    await caching().set({ key: auto, data: { pinned: false }, tags: [tag] })

    await caching().clear({ tags: [tag], options: { autoInvalidate: true } })
    expect(await caching().get({ key: auto })).toBeNull()
    expect(await caching().get({ key: pinned })).toEqual({ pinned: true })

    await caching().clear({ tags: [tag] })
    expect(await caching().get({ key: pinned })).toBeNull()
  })

  it("expires entries after their TTL in seconds", async () => {
    const key = unique("ttl")
    await caching().set({ key, data: { short: true }, ttl: 1, tags: [] })
    expect(await caching().get({ key })).toEqual({ short: true })
    await sleep(2200)
    expect(await caching().get({ key })).toBeNull()
  })

  it("serves query.graph from the cache and drops it when the entity is updated", async () => {
    const container = getContainer()
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [product] = await container
      .resolve(Modules.PRODUCT)
      .createProducts([{ title: "Original title", status: "published" }])
    const read = async () =>
      (
        await query.graph(
          {
            entity: "product",
            fields: ["id", "title"],
            filters: { id: product.id },
          },
          { cache: { enable: true } }
        )
      ).data[0]?.title

    const stored = nextCacheWrite(caching())
    expect(await read()).toBe("Original title")
    await stored
    // Change the row behind the application's back: a cached read must not see it.
    await getDb().raw("update product set title = ? where id = ?", [
      "Changed in SQL",
      product.id,
    ])
    expect(await read()).toBe("Original title")

    // An update through Medusa emits product.updated, which invalidates the product's tag.
    await updateProductsWorkflow(container).run({
      input: {
        selector: { id: product.id },
        update: { title: "Updated title" },
      },
    })
    await sleep(300)
    expect(await read()).toBe("Updated title")
  })
}
