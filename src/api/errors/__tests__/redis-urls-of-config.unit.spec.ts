import { buildMedusaConfig } from "../../../config"
import { redisUrlsOfConfig } from "../redis-availability"

describe("redisUrlsOfConfig", () => {
  it("lists every Redis server the configuration uses, once", () => {
    expect(redisUrlsOfConfig(buildMedusaConfig({}))).toEqual([])
    expect(
      redisUrlsOfConfig(
        buildMedusaConfig({
          REDIS_URL: "redis://shared:6379",
          EVENTS_REDIS_URL: "redis://events:6379",
        })
      )
    ).toEqual(["redis://shared:6379", "redis://events:6379"])
  })

  it("finds the URLs of a loaded configuration's modules and of their providers", () => {
    const config = buildMedusaConfig({
      LOCKING: "redis",
      LOCKING_REDIS_URL: "redis://locks:6379",
      CACHE_REDIS_URL: "redis://cache:6379",
    })
    const byKey = Object.fromEntries(
      (config.modules ?? []).map((entry) => [entry.key, entry])
    )
    expect(redisUrlsOfConfig({ projectConfig: {}, modules: byKey })).toEqual([
      "redis://cache:6379",
      "redis://locks:6379",
    ])
  })
})
