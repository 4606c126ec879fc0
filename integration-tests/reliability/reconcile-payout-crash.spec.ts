import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import path from "node:path"
import Redis from "ioredis"
import { AppProcess } from "../infra/support/app-process"
import { createAdminSession } from "../utils/admin"
import { runReconcile } from "../utils/reconcile"
import { withAppEnv } from "../utils/app-env"
import {
  activateStripeAccount,
  creditLedger,
  ledgerSums,
  payoutService,
} from "../utils/payouts"
import { registerSeller } from "../utils/sellers"
import { describeWithService, serviceUrl } from "../utils/services"
import { waitFor } from "../utils/wait-for"
import { IdempotentStripe } from "./support/worker-stripe"

jest.setTimeout(240 * 1000)

const REPOSITORY_ROOT = path.resolve(__dirname, "../..")
/** Its own Redis database: queues and locks of other suites never meet this file's. */
const REDIS_DB = 12
const WEBHOOK_SECRET = "whsec_reconcile_crash"
const CRASH_HOOK = path.join(__dirname, "support/crash-after-payout-commit.js")

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * A worker dies between a payout's commit (the payout `pending`, its amount reserved in the
 * ledger) and the step's checkpoint, so no run resumes it. The reconciler asks Stripe (a
 * loopback that keeps Stripe's idempotency promise) whether the transfer happened, fails the
 * payout and releases the reservation once; the next payout run pays the seller with one
 * transfer.
 */
describeWithService(
  "redis",
  "Reconciler settles a payout whose worker died between commit and checkpoint",
  () => {
    const stripe = new IdempotentStripe(() => ({}))
    withAppEnv(async () => {
      await stripe.start()
      const url = new URL(serviceUrl("redis"))
      url.pathname = `/${REDIS_DB}`
      const redisUrl = url.toString()
      const redis = new Redis(redisUrl)
      await redis.flushdb()
      redis.disconnect()
      return {
        MEDUSA_WORKER_MODE: "server",
        EVENT_BUS: "redis",
        EVENTS_REDIS_URL: redisUrl,
        WORKFLOW_ENGINE: "redis",
        WORKFLOW_REDIS_URL: redisUrl,
        LOCKING: "redis",
        LOCKING_REDIS_URL: redisUrl,
        PAYOUT_PROVIDER: "stripe-connect",
        STRIPE_API_KEY: "sk_test_reconcile_crash",
        STRIPE_API_BASE: stripe.url,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PAYOUT_SCHEDULE: "*/2 * * * * *",
        RECONCILE_STALE_AFTER_SECONDS: "0",
        RECONCILE_SCHEDULE: "0 0 1 1 *",
      }
    })

    medusaIntegrationTestRunner({
      inApp: true,
      testSuite: ({ api, getContainer, dbConfig }) => {
        let worker: AppProcess | undefined

        afterAll(async () => {
          await worker?.stop()
          await stripe.stop()
        })

        it("fails the stranded payout once, releasing its amount; the seller is then paid with one transfer", async () => {
          const container = getContainer()
          const admin = await createAdminSession(container, api)
          const seller = await registerSeller(api, "Stranded Payee")
          await activateStripeAccount(api, seller, WEBHOOK_SECRET)
          await creditLedger(container, seller.seller.id, [
            { amount: "108.26" },
          ])

          worker = new AppProcess(
            "payout-crash-worker",
            {
              MEDUSA_WORKER_MODE: "worker",
              DATABASE_URL: dbConfig.clientUrl,
              NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --require ${CRASH_HOOK}`,
            },
            REPOSITORY_ROOT
          )
          await worker.ready(120_000).catch(() => undefined)
          const pid = worker.pid
          await waitFor(() => !alive(pid), {
            timeoutMs: 60_000,
            what: "the worker to die after committing the payout",
          })
          const [stranded] = await payoutService(container).listPayouts({
            seller_id: seller.seller.id,
          })
          expect(stranded.status).toBe("pending")
          expect(stripe.transferRequests()).toHaveLength(0)
          expect((await ledgerSums(container, seller.seller.id)).payable).toBe(
            "0"
          )

          // The dead run's lock on the seller outlives it by its TTL (120 s, its expiry is
          // proven by the locking suite); release it as the TTL would, to keep the spec short.
          await container
            .resolve<ILockingModule>(Modules.LOCKING)
            .release(`payout:${seller.seller.id}`)

          const reconcile = () => runReconcile(api, admin)
          const first = await reconcile()
          expect(first.repaired).toEqual(
            expect.arrayContaining([
              expect.objectContaining({
                kind: "payout",
                id: stranded.id,
                action: "failed",
              }),
              expect.objectContaining({
                kind: "workflow_execution",
                action: "superseded",
              }),
            ])
          )
          expect(first.unrepaired).toEqual([])
          const lookups = stripe.server
            .to("/v1/transfers?")
            .filter((request) => request.method === "GET")
          expect(lookups).toHaveLength(1)
          expect(lookups[0].path).toContain(`transfer_group=${stranded.id}`)
          expect(
            await payoutService(container).retrievePayout(stranded.id)
          ).toEqual(expect.objectContaining({ status: "failed" }))
          expect((await ledgerSums(container, seller.seller.id)).payable).toBe(
            "108.26"
          )

          const second = await reconcile()
          expect(second.counts).toEqual({
            found: 0,
            repaired: 0,
            unrepaired: 0,
            deferred: 0,
          })

          // The next payout run pays the released amount: one transfer in all.
          const {
            data: { summary },
          } = await api.post(
            "/admin/payouts/run",
            { seller_ids: [seller.seller.id] },
            admin
          )
          expect(summary.payouts).toEqual([
            expect.objectContaining({ status: "paid", amount: "108.26" }),
          ])
          expect(stripe.executed).toHaveLength(1)
          expect(stripe.executed[0].form.amount).toBe("10826")
          expect((await ledgerSums(container, seller.seller.id)).payable).toBe(
            "0"
          )
        })
      },
    })
  }
)
