import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { describeWithService, serviceUrl } from "../utils/services"
import { appEnv } from "./support/app-env"
import {
  AppProcess,
  FIXTURE_APP,
  startAppProcesses,
} from "./support/app-process"
import { RecordFile, runNamespace } from "./support/records"
import { asyncStepCompletes } from "./support/workflow-behaviour"

jest.setTimeout(240_000)

/**
 * Workflow Engine Module, redis provider: this process is a `server`; two `worker`
 * processes share the job queue of the fixture's scheduled job (every second).
 */
describeWithService(
  "redis",
  "Workflow Engine Module — redis provider across processes",
  () => {
    const records = new RecordFile("workflows")
    const env = appEnv({
      WORKFLOW_ENGINE: "redis",
      WORKFLOW_REDIS_URL: serviceUrl("redis"),
      MEDUSA_WORKER_MODE: "server",
      INFRA_NAMESPACE: runNamespace("workflows"),
      INFRA_RECORD_FILE: records.path,
    })

    medusaIntegrationTestRunner({
      cwd: FIXTURE_APP,
      env,
      testSuite: ({ getContainer, dbConfig }) => {
        let workers: AppProcess[] = []

        beforeAll(async () => {
          const workerEnv = {
            ...env,
            MEDUSA_WORKER_MODE: "worker",
            DATABASE_URL: dbConfig.clientUrl,
          }
          workers = await startAppProcesses([
            { name: "workflow-worker-a", env: workerEnv },
            { name: "workflow-worker-b", env: workerEnv },
          ])
        })

        afterAll(async () => {
          await Promise.all(workers.map((worker) => worker.stop()))
          records.remove()
        })

        asyncStepCompletes(() =>
          getContainer().resolve<IWorkflowEngineService>(
            Modules.WORKFLOW_ENGINE
          )
        )

        it("runs the scheduled job once per tick across two worker processes", async () => {
          // The test runner's database restore before each test cuts every connection, which
          // fails the tick running at that moment; BullMQ then replays the missed ticks in a
          // burst. Count only once that has settled.
          await new Promise((resolve) => setTimeout(resolve, 2500))
          const since = Date.now()
          await new Promise((resolve) => setTimeout(resolve, 6500))
          const window = Date.now() - since
          const ticks = records.read("tick").filter((tick) => tick.at >= since)

          // About one run per second: a tick delayed by a busy machine may run late, but
          // two workers each running every tick would double the count.
          expect(ticks.length).toBeGreaterThanOrEqual(4)
          expect(ticks.length).toBeLessThanOrEqual(Math.ceil(window / 1000) + 2)
          // Never two runs for the same tick: the two workers would run it within milliseconds.
          const times = ticks.map((tick) => tick.at).sort((a, b) => a - b)
          for (let i = 1; i < times.length; i++) {
            expect(times[i] - times[i - 1]).toBeGreaterThan(300)
          }
          // Only workers run jobs; the server never does.
          const workerPids = new Set(workers.map((worker) => worker.pid))
          expect(ticks.every((tick) => workerPids.has(tick.pid))).toBe(true)
        })
      },
    })
  }
)
