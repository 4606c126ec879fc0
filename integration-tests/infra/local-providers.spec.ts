import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type {
  IAnalyticsModuleService,
  ICacheService,
  IFileModuleService,
  ILockingModule,
  INotificationModuleService,
  IWorkflowEngineService,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { appEnv } from "./support/app-env"
import { FIXTURE_APP } from "./support/app-process"
import {
  cachingModuleBehaviour,
  sleep,
  unique,
} from "./support/caching-behaviour"
import { RecordFile } from "./support/records"
import { asyncStepCompletes } from "./support/workflow-behaviour"

jest.setTimeout(120_000)

/**
 * The default (in-process) provider of every infrastructure module, as selected by an
 * empty environment: event-bus-local, workflow-engine-inmemory, caching memory,
 * cache-inmemory, locking memory, file-local, notification-local, analytics-local.
 */
describe("Infrastructure modules — default local providers", () => {
  const records = new RecordFile("local")
  const env = appEnv({
    INFRA_RECORD_FILE: records.path,
    FILE_UPLOAD_DIR: `.data/infra-uploads-${process.pid}`,
  })

  afterAll(() => records.remove())

  medusaIntegrationTestRunner({
    cwd: FIXTURE_APP,
    env,
    testSuite: ({ getContainer, dbConnection }) => {
      it("Event Module (local): a subscriber runs in this process", async () => {
        await getContainer()
          .resolve(Modules.EVENT_BUS)
          .emit({ name: "infra.probe", data: { id: "local-1" } })
        const [handled] = await records.waitUntil(
          "probe",
          (lines) => lines.length === 1,
          5000
        )
        expect(handled).toMatchObject({ id: "local-1", pid: process.pid })
      })

      describe("Workflow Engine Module (inmemory)", () => {
        asyncStepCompletes(() =>
          getContainer().resolve<IWorkflowEngineService>(
            Modules.WORKFLOW_ENGINE
          )
        )
      })

      describe("Caching Module (memory)", () => {
        cachingModuleBehaviour(getContainer, () => dbConnection, "cache-memory")
      })

      it("Cache Module (inmemory): set, get, invalidate", async () => {
        const cache = getContainer().resolve<ICacheService>(Modules.CACHE)
        const key = unique("legacy")
        await cache.set(key, { legacy: true }, 60)
        expect(await cache.get(key)).toEqual({ legacy: true })
        await cache.invalidate(key)
        expect(await cache.get(key)).toBeNull()
      })

      it("Locking Module (memory): execute excludes concurrent jobs; timeouts are seconds", async () => {
        const locking = getContainer().resolve<ILockingModule>(Modules.LOCKING)
        let inside = 0
        let overlap = false
        const job = async () => {
          inside++
          overlap ||= inside > 1
          await sleep(50)
          inside--
        }
        await Promise.all(
          Array.from({ length: 5 }, () =>
            locking.execute("local-key", job, { timeout: 5 })
          )
        )
        expect(overlap).toBe(false)

        const holding = locking.execute("held", () => sleep(2500), {
          timeout: 5,
        })
        await sleep(50)
        const start = Date.now()
        await expect(
          locking.execute("held", async () => "ran", { timeout: 1 })
        ).rejects.toThrow()
        expect(Date.now() - start).toBeGreaterThanOrEqual(900)
        expect(Date.now() - start).toBeLessThan(2400)
        await holding
      })

      it("File Module (local): create, read back, delete", async () => {
        const files = getContainer().resolve<IFileModuleService>(Modules.FILE)
        const created = await files.createFiles({
          filename: "note.txt",
          mimeType: "text/plain",
          content: Buffer.from("local file").toString("base64"),
        })
        expect((await files.getAsBuffer(created.id)).toString()).toBe(
          "local file"
        )
        await files.deleteFiles(created.id)
        await expect(files.getAsBuffer(created.id)).rejects.toThrow()
      })

      it("Notification Module (local): feed and email channels are stored as sent", async () => {
        const notifications =
          getContainer().resolve<INotificationModuleService>(
            Modules.NOTIFICATION
          )
        const sent = await notifications.createNotifications([
          {
            to: "sel_1",
            channel: "feed",
            template: "seller.approved",
            data: {},
          },
          {
            to: "owner@seller.test",
            channel: "email",
            template: "seller.approved",
            data: {},
          },
        ])
        expect(sent.map((n) => [n.channel, n.provider_id, n.status])).toEqual([
          ["feed", "local-feed", "success"],
          ["email", "local-email", "success"],
        ])
      })

      it("Analytics Module (local): track and identify are accepted", async () => {
        const analytics = getContainer().resolve<IAnalyticsModuleService>(
          Modules.ANALYTICS
        )
        await expect(
          analytics.track({ event: "seller.approved", actor_id: "user_1" })
        ).resolves.toBeUndefined()
        await expect(
          analytics.identify({ actor_id: "user_1", properties: {} })
        ).resolves.toBeUndefined()
      })
    },
  })
})
