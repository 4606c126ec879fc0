import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { ICachingModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { Client } from "memjs"
import { startMemcached, MemcachedTestServer } from "../utils/memcached-server"
import { describeWithService, serviceUrl } from "../utils/services"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"
import {
  cachingModuleBehaviour,
  sleep,
  unique,
} from "./support/caching-behaviour"
import { runNamespace } from "./support/records"

jest.setTimeout(120_000)

/** Caching Module (feature flag on) with the own memcached provider: CACHING=memcached. */
describeWithService(
  "memcached",
  "Caching Module — memcached provider (own)",
  () => {
    let restartable: MemcachedTestServer
    const namespace = runNamespace("memcached")
    const env = appEnv({
      CACHING: "memcached",
      MEMCACHED_SERVERS: serviceUrl("memcached"),
      INFRA_NAMESPACE: namespace,
    })

    beforeAll(async () => {
      restartable = await startMemcached()
      process.env.INFRA_EXTRA_MEMCACHED = restartable.servers
    })

    afterAll(async () => {
      delete process.env.INFRA_EXTRA_MEMCACHED
      await restartable?.stop()
    })

    medusaIntegrationTestRunner({
      cwd: FIXTURE_APP,
      env,
      testSuite: ({ getContainer, dbConnection }) => {
        const caching = () =>
          getContainer().resolve<ICachingModuleService>(Modules.CACHING)

        cachingModuleBehaviour(
          getContainer,
          () => dbConnection,
          "caching-memcached"
        )

        it("keeps its entries in memcached itself", async () => {
          const key = unique("stored")
          await caching().set({ key, data: { in: "memcached" }, tags: [] })
          expect(await caching().get({ key })).toEqual({ in: "memcached" })

          // The entry is under the namespace prefix in the shared memcached.
          const client = Client.create(serviceUrl("memcached"), {
            logger: { log: () => undefined },
          })
          try {
            const { createHash } = await import("node:crypto")
            const entryKey = `${namespace}-mc:e:${createHash("sha1").update(key).digest("hex")}`
            const { value } = await client.get(entryKey)
            expect(value?.toString("utf8", 1)).toContain('"in":"memcached"')
          } finally {
            client.close()
          }
        })

        it("treats a dead memcached as misses and recovers when it comes back", async () => {
          const providers = ["caching-memcached-restartable"]
          const key = unique("restart")
          const tag = unique("restart-tag")
          await caching().set({
            key,
            data: { before: true },
            tags: [tag],
            providers,
          })
          expect(await caching().get({ key, providers })).toEqual({
            before: true,
          })

          await restartable.kill()
          // Every call still resolves: reads miss, writes and clears are skipped.
          expect(await caching().get({ key, providers })).toBeNull()
          expect(await caching().get({ tags: [tag], providers })).toBeNull()
          await expect(
            caching().set({
              key,
              data: { during: true },
              tags: [tag],
              providers,
            })
          ).resolves.toBeUndefined()
          await expect(
            caching().clear({ tags: [tag], providers })
          ).resolves.toBeUndefined()

          await restartable.start()
          // The restart lost everything; the provider reconnects on its own.
          const deadline = Date.now() + 10_000
          let value: unknown = null
          while (Date.now() < deadline) {
            await caching().set({
              key,
              data: { after: true },
              tags: [tag],
              providers,
            })
            value = await caching().get({ key, providers })
            if (value) {
              break
            }
            await sleep(200)
          }
          expect(value).toEqual({ after: true })
          expect(await caching().get({ tags: [tag], providers })).toEqual([
            { after: true },
          ])
        })
      },
    })
  }
)
