import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { Modules } from "@medusajs/framework/utils"
import { describeWithService, serviceUrl } from "../utils/services"
import { appEnv } from "./support/app-env"
import {
  AppProcess,
  FIXTURE_APP,
  startAppProcesses,
} from "./support/app-process"
import { RecordFile, runNamespace } from "./support/records"

jest.setTimeout(180_000)

/**
 * Event Module, redis provider: this process is the `server` (HTTP only, emits), a
 * separate process in `worker` mode handles the events.
 */
describeWithService(
  "redis",
  "Event Module — redis provider across processes",
  () => {
    const records = new RecordFile("event-bus")
    const env = appEnv({
      EVENT_BUS: "redis",
      EVENTS_REDIS_URL: serviceUrl("redis"),
      MEDUSA_WORKER_MODE: "server",
      INFRA_NAMESPACE: runNamespace("events"),
      INFRA_RECORD_FILE: records.path,
    })

    medusaIntegrationTestRunner({
      cwd: FIXTURE_APP,
      env,
      testSuite: ({ getContainer, dbConfig }) => {
        let worker: AppProcess

        beforeAll(async () => {
          ;[worker] = await startAppProcesses([
            {
              name: "event-worker",
              env: {
                ...env,
                MEDUSA_WORKER_MODE: "worker",
                DATABASE_URL: dbConfig.clientUrl,
              },
            },
          ])
        })

        afterAll(async () => {
          await worker?.stop()
          records.remove()
        })

        it("hands every event emitted by the server to the worker, exactly once", async () => {
          const eventBus = getContainer().resolve(Modules.EVENT_BUS)
          const ids = Array.from({ length: 20 }, (_, index) => `evt-${index}`)
          await eventBus.emit(
            ids.map((id) => ({ name: "infra.probe", data: { id } }))
          )

          const handled = await records.waitUntil(
            "probe",
            (lines) => lines.length >= ids.length
          )
          // Give a duplicate delivery time to show up before counting.
          await new Promise((resolve) => setTimeout(resolve, 1000))
          const final = records.read("probe")

          expect(final.map((line) => line.id).sort()).toEqual([...ids].sort())
          expect(new Set(final.map((line) => line.pid))).toEqual(
            new Set([worker.pid])
          )
          expect(final.every((line) => line.mode === "worker")).toBe(true)
          expect(handled.length).toBe(ids.length)
        })

        it("retries a failing subscriber with the configured attempts, and only that one", async () => {
          const eventBus = getContainer().resolve(Modules.EVENT_BUS)
          await eventBus.emit(
            { name: "infra.flaky", data: { id: "flaky-1", fail_times: 2 } },
            { attempts: 3, backoff: { type: "fixed", delay: 200 } }
          )

          const attempts = await records.waitUntil("flaky", (lines) =>
            lines.some((line) => line.id === "flaky-1" && line.outcome === "ok")
          )
          await new Promise((resolve) => setTimeout(resolve, 1000))

          expect(
            records.read("flaky").map((line) => [line.attempt, line.outcome])
          ).toEqual([
            [1, "error"],
            [2, "error"],
            [3, "ok"],
          ])
          expect(attempts.every((line) => line.pid === worker.pid)).toBe(true)
          // The subscriber that succeeded on the first delivery is not run again on retries:
          // the event bus remembers completed subscribers by their stable subscriberId.
          expect(
            records.read("steady").filter((line) => line.id === "flaky-1")
          ).toHaveLength(1)
        })

        it("gives up after the last attempt", async () => {
          const eventBus = getContainer().resolve(Modules.EVENT_BUS)
          await eventBus.emit(
            { name: "infra.flaky", data: { id: "flaky-2", fail_times: 99 } },
            { attempts: 2, backoff: { type: "fixed", delay: 200 } }
          )
          await records.waitUntil(
            "flaky",
            (lines) => lines.filter((line) => line.id === "flaky-2").length >= 2
          )
          await new Promise((resolve) => setTimeout(resolve, 1500))
          expect(
            records.read("flaky").filter((line) => line.id === "flaky-2")
          ).toHaveLength(2)
        })
      },
    })
  }
)
