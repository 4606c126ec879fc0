import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { describeWithService, serviceUrl } from "../utils/services"
import { appEnv } from "./support/app-env"
import {
  AppProcess,
  FIXTURE_APP,
  startAppProcesses,
} from "./support/app-process"
import { runNamespace } from "./support/records"

jest.setTimeout(180_000)

type Interval = { pid: number; start: number; end: number }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Locking Module across two app processes (this one and a child), for both shared
 * providers: LOCKING=postgres is the default provider, and the fixture adds
 * `locking-redis` next to it (INFRA_EXTRA_LOCKING_REDIS), chosen per call.
 */
describeWithService(
  "redis",
  "Locking Module — redis and postgres across processes",
  () => {
    const env = appEnv({
      LOCKING: "postgres",
      INFRA_EXTRA_LOCKING_REDIS: serviceUrl("redis"),
      INFRA_NAMESPACE: runNamespace("locking"),
    })

    medusaIntegrationTestRunner({
      cwd: FIXTURE_APP,
      env,
      testSuite: ({ getContainer, dbConfig }) => {
        let other: AppProcess
        const locking = () =>
          getContainer().resolve<ILockingModule>(Modules.LOCKING)

        beforeAll(async () => {
          ;[other] = await startAppProcesses([
            {
              name: "lock-app",
              env: {
                ...env,
                MEDUSA_WORKER_MODE: "server",
                DATABASE_URL: dbConfig.clientUrl,
              },
            },
          ])
        })

        afterAll(async () => {
          await other?.stop()
        })

        describe.each(["locking-redis", "locking-postgres"])(
          "%s",
          (provider) => {
            it("execute gives mutual exclusion across two processes", async () => {
              const key = `exclusive-${provider}`
              const here: Interval[] = []
              const runHere = async () => {
                for (let i = 0; i < 5; i++) {
                  await locking().execute(
                    key,
                    async () => {
                      const start = Date.now()
                      await sleep(100)
                      here.push({ pid: process.pid, start, end: Date.now() })
                    },
                    { timeout: 20, provider }
                  )
                }
              }
              const [there] = await Promise.all([
                other.call<Interval[]>(
                  "lock-execute",
                  { key, count: 5, holdMs: 100, timeout: 20, provider },
                  60_000
                ),
                runHere(),
              ])
              const intervals = [...here, ...there].sort(
                (x, y) => x.start - y.start
              )
              expect(intervals).toHaveLength(10)
              expect(
                new Set(intervals.map((interval) => interval.pid))
              ).toEqual(new Set([process.pid, other.pid]))
              for (let i = 1; i < intervals.length; i++) {
                // Each holder started after the previous one, in either process, finished.
                expect(intervals[i].start).toBeGreaterThanOrEqual(
                  intervals[i - 1].end
                )
              }
            })

            it("gives up waiting after `timeout` seconds", async () => {
              const key = `timeout-${provider}`
              await other.call("lock-hold", {
                key,
                holdMs: 4000,
                timeout: 5,
                provider,
              })
              const start = Date.now()
              await expect(
                locking().execute(key, async () => "ran", {
                  timeout: 1,
                  provider,
                })
              ).rejects.toThrow()
              const elapsed = Date.now() - start
              // Seconds, not milliseconds.
              expect(elapsed).toBeGreaterThanOrEqual(900)
              if (provider === "locking-redis") {
                // Redis gives up after about one second, long before the 4 s hold ends.
                expect(elapsed).toBeLessThan(3000)
                await sleep(3200)
              } else {
                // Medusa 2.21.2's postgres provider: the timeout rejects the call, but only once
                // the blocked pg_advisory_xact_lock query returns (its rollback waits for it),
                // i.e. when the holder releases. The job never runs without the lock.
                expect(elapsed).toBeLessThan(6000)
              }
            })
          }
        )

        it("locking-redis: a crashed holder's lock expires after its lease (acquire with expire)", async () => {
          const key = "crash-redis-acquire"
          await other.call("lock-acquire", {
            key,
            ownerId: "holder",
            expire: 2,
            provider: "locking-redis",
          })
          await expect(
            locking().acquire(key, {
              ownerId: "next",
              provider: "locking-redis",
            })
          ).rejects.toThrow()
          const start = Date.now()
          let acquired = false
          while (!acquired && Date.now() - start < 10_000) {
            acquired = await locking()
              .acquire(key, {
                ownerId: "next",
                expire: 5,
                provider: "locking-redis",
              })
              .then(
                () => true,
                () => false
              )
            if (!acquired) {
              await sleep(100)
            }
          }
          expect(acquired).toBe(true)
          expect(Date.now() - start).toBeLessThan(3000)
        })

        it("both providers: a crashed process's execute lock is freed (lease expiry / session end)", async () => {
          for (const provider of ["locking-redis", "locking-postgres"]) {
            await other.call("lock-hold", {
              key: `crash-${provider}`,
              holdMs: 60_000,
              timeout: 5,
              expire: 2,
              provider,
            })
          }
          await other.crash()
          for (const provider of ["locking-redis", "locking-postgres"]) {
            const start = Date.now()
            // Redis: the 2 s lease runs out without renewals; postgres: the session ended.
            const ran = await locking().execute(
              `crash-${provider}`,
              async () => "ran",
              { timeout: 10, provider }
            )
            expect(ran).toBe("ran")
            expect(Date.now() - start).toBeLessThan(5000)
          }
        })
      },
    })
  }
)
