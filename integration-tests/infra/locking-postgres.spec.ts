import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { withAppEnv } from "../utils/app-env"

jest.setTimeout(120_000)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * The own PostgreSQL locking provider (src/providers/locking-postgres): owner-less locks,
 * the kind `acquireLockStep` takes, are exclusive even when callers race to create them.
 * Medusa 2.21.2's provider let every loser of that race through.
 */
withAppEnv(() => ({ LOCKING: "postgres" }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ getContainer }) => {
    const locking = () =>
      getContainer().resolve<ILockingModule>(Modules.LOCKING)

    it("grants a contended owner-less lock to exactly one of many simultaneous callers", async () => {
      for (let round = 0; round < 5; round++) {
        const key = `cart_race_${round}`
        const results = await Promise.allSettled(
          Array.from({ length: 12 }, () =>
            locking().acquire(key, { expire: 30 })
          )
        )
        expect(
          results.filter((result) => result.status === "fulfilled")
        ).toHaveLength(1)
        for (const result of results) {
          if (result.status === "rejected") {
            expect(String(result.reason)).toContain("is already locked")
          }
        }
        await locking().release(key)
        await expect(
          locking().acquire(key, { expire: 30 })
        ).resolves.toBeUndefined()
        await locking().release(key)
      }
    })

    it("lets an expired owner-less lock be taken over (a crashed holder does not block forever)", async () => {
      await locking().acquire("crashed-holder", { expire: 1 })
      await expect(
        locking().acquire("crashed-holder", { expire: 30 })
      ).rejects.toThrow("already locked")
      await sleep(1500)
      await expect(
        locking().acquire("crashed-holder", { expire: 30 })
      ).resolves.toBeUndefined()
    })

    it("keeps owned locks working as in Medusa (re-entrant for the owner, refused to others)", async () => {
      await locking().acquire("owned", { ownerId: "worker-a", expire: 30 })
      await expect(
        locking().acquire("owned", { ownerId: "worker-a", expire: 30 })
      ).resolves.toBeUndefined()
      await expect(
        locking().acquire("owned", { ownerId: "worker-b", expire: 30 })
      ).rejects.toThrow()
      expect(await locking().release("owned", { ownerId: "worker-a" })).toBe(
        true
      )
    })
  },
})
