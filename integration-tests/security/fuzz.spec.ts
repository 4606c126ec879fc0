import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import fc from "fast-check"
import { withAppEnv } from "../utils/app-env"
import { settleBackgroundWork } from "../utils/settle"
import { contractViolation } from "./fuzz/error-contract"
import { buildFuzzWorld, FuzzWorld } from "./fuzz/fuzz-world"
import { takePollution } from "./fuzz/prototype-pollution"
import { requestArbitrary, takesFiles } from "./fuzz/route-request"
import { send } from "./fuzz/send"
import { stripeEnv, stripeStandIn } from "./fuzz/stripe-stand-in"
import { storageViolation, storedFiles } from "./fuzz/upload-storage"
import { apiRoutes } from "./support/route-tree"

jest.setTimeout(240 * 1000)

/** FUZZ_SEED / FUZZ_RUNS replay a reported failure or fuzz longer; route i runs with seed SEED + i. */
const SEED = Number(process.env.FUZZ_SEED ?? 20_240_607)
const RUNS = Number(process.env.FUZZ_RUNS ?? 20)
const ROUTES = [
  ...apiRoutes("/vendor"),
  ...apiRoutes("/admin"),
  ...apiRoutes("/store"),
  ...apiRoutes("/hooks"),
]

const stripe = stripeStandIn()
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "fuzz-files-"))
const uploadDir = path.join(scratch, "uploads")
withAppEnv(async () => {
  await stripe.start()
  return {
    ...stripeEnv(stripe),
    FILE_PROVIDER: "local",
    FILE_UPLOAD_DIR: uploadDir,
    // Small, so fuzzed multipart parts land on both sides of the limit.
    UPLOAD_MAX_BYTES: "16384",
    PAYOUT_HOLD_DAYS: "0",
    PAYOUT_MINIMUM: "0",
  }
})
afterAll(async () => {
  await stripe.stop()
  fs.rmSync(scratch, { recursive: true, force: true })
})

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let world: FuzzWorld
    beforeAll(async () => {
      const started = Date.now()
      world = await buildFuzzWorld(api, getContainer())
      await settleBackgroundWork(utils)
      console.info(`fuzz world built in ${Date.now() - started} ms`)
    })

    it("covers every custom route of the route tree", () => {
      expect(ROUTES.length).toBeGreaterThanOrEqual(60)
      expect(new Set(ROUTES.map((route) => route.path.split("/")[1]))).toEqual(
        new Set(["vendor", "admin", "store", "hooks"])
      )
    })

    for (const [index, route] of ROUTES.entries()) {
      const seed = SEED + index
      it(`${route.method} ${route.path}: no 5xx, Medusa error bodies (seed ${seed}, ${RUNS} runs)`, async () => {
        const files = takesFiles(route)
        const statuses = new Map<number, number>()
        await fc.assert(
          fc.asyncProperty(requestArbitrary(route, world), async (request) => {
            const before = files ? storedFiles(uploadDir) : []
            const response = await send(world.baseUrl, request)
            statuses.set(
              response.status,
              (statuses.get(response.status) ?? 0) + 1
            )
            const pollution = takePollution()
            const strays = fs
              .readdirSync(scratch)
              .filter((name) => name !== "uploads")
            const problems = [
              contractViolation(response),
              files
                ? storageViolation(
                    before,
                    storedFiles(uploadDir),
                    response,
                    world.sellerId
                  )
                : null,
              pollution.length
                ? `polluted Object.prototype with ${pollution.join(", ")}`
                : null,
              // Nothing may be written next to the upload directory (a `..` that escaped it).
              strays.length
                ? `wrote ${strays.join(", ")} next to the upload directory`
                : null,
            ].filter(Boolean)
            if (problems.length) {
              throw new Error(problems.join("\n"))
            }
          }),
          // No shrinking: each run changes the database, so a shrunk case would not replay.
          { seed, numRuns: RUNS, endOnFailure: true }
        )
        console.info(
          `${route.method} ${route.path} statuses ${JSON.stringify(Object.fromEntries(statuses))}`
        )
        if (
          route.method !== "GET" &&
          [...statuses.keys()].some((status) => status < 300)
        ) {
          // Subscribers of the events the accepted requests emitted must finish before the
          // next test restores the database under them.
          await settleBackgroundWork(utils)
        }
        // The fuzz reached the handlers, not just the authentication layer.
        expect(
          [...statuses.keys()].some(
            (status) => status !== 401 && status !== 403
          )
        ).toBe(true)
      })
    }
  },
})
