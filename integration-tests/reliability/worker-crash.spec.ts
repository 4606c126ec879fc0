import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type {
  ILockingModule,
  IWorkflowEngineService,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import path from "node:path"
import Redis from "ioredis"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import {
  PAYOUT_LOCK_TTL_SECONDS,
  payoutSellerWorkflowId,
} from "../../src/workflows/payout/workflows/payout-seller"
import { AppProcess } from "../infra/support/app-process"
import { withAppEnv } from "../utils/app-env"
import {
  activateStripeAccount,
  creditLedger,
  ledgerSums,
} from "../utils/payouts"
import {
  listNotifications,
  registerSeller,
  SellerAccount,
} from "../utils/sellers"
import { describeWithService, serviceUrl } from "../utils/services"
import { waitFor } from "../utils/wait-for"
import { IdempotentStripe } from "./support/worker-stripe"

jest.setTimeout(240 * 1000)

/**
 * Redis database of this file's server and workers: the workflow engine's BullMQ queues,
 * the event bus and the locks of other suites (on database 0) never see each other.
 */
const REPOSITORY_ROOT = path.resolve(__dirname, "../..")
const REDIS_DB = 14
const RESUME_AFTER_SECONDS = 6
const WEBHOOK_SECRET = "whsec_worker_crash"
const FINISHED = ["done", "failed", "reverted"]

type PayoutRow = {
  id: string
  currency_code: string
  status: string
  idempotency_key: string
  provider_reference: string | null
  failure_reason: string | null
  created_at: Date
}

/**
 * A worker process is SIGKILLed while the payout workflow it runs waits for Stripe's answer
 * to a transfer. The app is the real marketplace with the Redis workflow engine, event bus
 * and locking: this jest process is the `server`, the workers are child processes in
 * `worker` mode running the scheduled payout job. The seller has EUR (Stripe makes the
 * transfer, but the answer never reaches the dead worker) and USD (Stripe refuses it).
 */
describeWithService(
  "redis",
  "Worker killed during a payout run (Redis workflow engine)",
  () => {
    // EUR: Stripe makes the transfer but holds its answer. USD: the first transfer is refused;
    // the next run's (a new payout, a new key) goes through.
    let usdTransfers = 0
    const stripe = new IdempotentStripe((form) => {
      if (form.currency === "eur") {
        return { holdMs: 120_000 }
      }
      return usdTransfers++ === 0
        ? {
            refuse: {
              status: 400,
              message: "Insufficient funds in the platform balance",
            },
          }
        : {}
    })

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
        STRIPE_API_KEY: "sk_test_worker_crash",
        STRIPE_API_BASE: stripe.url,
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        PAYOUT_MINIMUM: "0",
        PAYOUT_SCHEDULE: "*/2 * * * * *",
        PAYOUT_RESUME_AFTER_SECONDS: String(RESUME_AFTER_SECONDS),
      }
    })

    medusaIntegrationTestRunner({
      inApp: true,
      testSuite: ({ api, getContainer, dbConfig }) => {
        const workers: AppProcess[] = []
        const payoutModule = () =>
          getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)

        async function startWorker(name: string) {
          // The marketplace itself (repository root) as a worker: scheduled jobs, subscribers and
          // the workflow engine's queue. `crash()` SIGKILLs it mid-step.
          const worker = new AppProcess(
            name,
            { MEDUSA_WORKER_MODE: "worker", DATABASE_URL: dbConfig.clientUrl },
            REPOSITORY_ROOT
          )
          workers.push(worker)
          // Boots src/ through ts-node, slower than the infra fixture project.
          return worker.ready(120_000)
        }

        async function payoutsOf(seller: SellerAccount): Promise<PayoutRow[]> {
          return (await payoutModule().listPayouts(
            { seller_id: seller.seller.id },
            { order: { created_at: "ASC" } }
          )) as PayoutRow[]
        }

        async function unfinishedPayoutRuns() {
          const engine = getContainer().resolve<IWorkflowEngineService>(
            Modules.WORKFLOW_ENGINE
          )
          const executions = await engine.listWorkflowExecutions({
            workflow_id: payoutSellerWorkflowId,
          })
          return executions.filter(
            (execution: { state: string }) =>
              !FINISHED.includes(execution.state)
          )
        }

        afterAll(async () => {
          await Promise.all(workers.map((worker) => worker.stop()))
          await stripe.stop()
        })

        it("resumes the run on another worker: each transfer made once, the refused one reversed", async () => {
          try {
            const container = getContainer()
            const seller = await registerSeller(api, "Crash Payee")
            await activateStripeAccount(api, seller, WEBHOOK_SECRET)
            await creditLedger(container, seller.seller.id, [
              { amount: "108.26" },
              { amount: "42.50", currency_code: "usd" },
            ])

            await startWorker("payout-worker-1")
            const [eurRequest] = await waitFor(
              () =>
                stripe.transferRequests().length > 0 &&
                stripe.transferRequests(),
              {
                timeoutMs: 30_000,
                what: "the first transfer request",
              }
            )
            const inFlightAt = Date.now()

            // The run is inside the transfer step: EUR sent (processing), USD not yet (pending).
            const atCrash = await payoutsOf(seller)
            expect(atCrash).toHaveLength(2)
            const eur = atCrash.find(
              (payout) => payout.currency_code === "eur"
            )!
            const usd = atCrash.find(
              (payout) => payout.currency_code === "usd"
            )!
            expect(eurRequest.idempotency_key).toBe(eur.idempotency_key)
            expect([eur.status, usd.status]).toEqual(["processing", "pending"])
            expect(await unfinishedPayoutRuns()).toHaveLength(1)

            await workers[0].crash()

            // With no worker alive nothing moves: the server does not run the engine's queue.
            await new Promise((resolve) =>
              setTimeout(
                resolve,
                Math.max(
                  0,
                  inFlightAt + (RESUME_AFTER_SECONDS + 1) * 1000 - Date.now()
                )
              )
            )
            const stillAtCrash = await payoutsOf(seller)
            expect(stillAtCrash.map(({ id, status }) => [id, status])).toEqual(
              atCrash.map(({ id, status }) => [id, status])
            )
            expect(stripe.transferRequests()).toHaveLength(1)

            await startWorker("payout-worker-2")
            const settled = await waitFor(
              async () => {
                const payouts = await payoutsOf(seller)
                const open = payouts.some((payout) =>
                  ["pending", "processing"].includes(payout.status)
                )
                return (
                  !open &&
                  payouts.some(
                    (payout) =>
                      payout.currency_code === "usd" && payout.status === "paid"
                  ) &&
                  payouts
                )
              },
              {
                timeoutMs: 90_000,
                intervalMs: 250,
                what: "every payout settled and USD paid by a later run",
              }
            )

            // EUR: the crashed run resumed (same payout, same key): Stripe replayed its transfer.
            const eurPayouts = settled.filter(
              (payout) => payout.currency_code === "eur"
            )
            const eurTransfers = stripe.executed.filter(
              (transfer) => transfer.form.currency === "eur"
            )
            expect(eurTransfers).toHaveLength(1)
            expect(eurTransfers[0].form.amount).toBe("10826")
            expect(eurPayouts).toEqual([
              expect.objectContaining({
                id: eur.id,
                status: "paid",
                provider_reference: eurTransfers[0].id,
              }),
            ])
            const eurRequests = stripe
              .transferRequests()
              .filter((request) => request.form.currency === "eur")
            expect(eurRequests.length).toBeGreaterThanOrEqual(2)
            expect(
              new Set(eurRequests.map((request) => request.idempotency_key))
            ).toEqual(new Set([eur.idempotency_key]))

            // USD: refused → the resumed run failed it and restored the balance; a later run paid it.
            const usdPayouts = settled.filter(
              (payout) => payout.currency_code === "usd"
            )
            const usdTransfers = stripe.executed.filter(
              (transfer) => transfer.form.currency === "usd"
            )
            expect(usdPayouts).toEqual([
              expect.objectContaining({
                id: usd.id,
                status: "failed",
                failure_reason: expect.stringContaining("Insufficient funds"),
              }),
              expect.objectContaining({ status: "paid" }),
            ])
            expect(
              usdTransfers.map((transfer) => [
                transfer.idempotency_key,
                transfer.form.amount,
              ])
            ).toEqual([[usdPayouts[1].idempotency_key, "4250"]])
            expect(usdPayouts[1].provider_reference).toBe(usdTransfers[0].id)
            // That run took the seller's lock long before the crashed run's lock would have expired:
            // the resumed run released it.
            expect(
              new Date(usdPayouts[1].created_at).getTime() - inFlightAt
            ).toBeLessThan((PAYOUT_LOCK_TTL_SECONDS - 10) * 1000)

            // Money: at most one transfer per key, the seller got exactly the credits, nothing left owed or owed twice.
            expect(
              new Set(
                stripe.executed.map((transfer) => transfer.idempotency_key)
              ).size
            ).toBe(stripe.executed.length)
            expect(
              (await ledgerSums(container, seller.seller.id, "eur")).payable
            ).toBe("0")
            const usdLedger = await ledgerSums(
              container,
              seller.seller.id,
              "usd"
            )
            expect(usdLedger.payable).toBe("0")
            expect(
              usdLedger.entries
                .map((entry) => [
                  entry.type,
                  String((entry.raw_amount as { value: string }).value),
                ])
                .sort()
            ).toEqual([
              ["payout", "-42.5"],
              ["payout", "-42.5"],
              ["payout_reversal", "42.5"],
              ["sale", "42.5"],
            ])

            // The resumed run finished its tail: events emitted (notifications), lock released, no run left open.
            await waitFor(
              async () =>
                (
                  await listNotifications(container, {
                    template: "payout.paid",
                    resource_id: eur.id,
                  })
                ).length > 0 &&
                (
                  await listNotifications(container, {
                    template: "payout.failed",
                    resource_id: usd.id,
                  })
                ).length > 0,
              {
                timeoutMs: 30_000,
                what: "the payout.paid / payout.failed notifications",
              }
            )
            // Later ticks may still queue on the seller's lock for a moment and find nothing to pay;
            // then it is free (nothing leaks a lock).
            const locking = container.resolve<ILockingModule>(Modules.LOCKING)
            const lockKey = `payout:${seller.seller.id}`
            await waitFor(
              () => locking.acquire(lockKey, { expire: 5 }).then(() => true),
              {
                timeoutMs: 20_000,
                intervalMs: 200,
                what: "the seller's payout lock to be free",
              }
            )
            await locking.release(lockKey)
            expect(
              await waitFor(
                async () => (await unfinishedPayoutRuns()).length === 0,
                { what: "no open payout run" }
              )
            ).toBe(true)
          } catch (error) {
            const logs = workers
              .map(
                (worker) =>
                  `--- ${worker.name} (${worker.logFile})\n${worker.logTail()}`
              )
              .join("\n")
            throw new Error(
              `${error instanceof Error ? error.stack : String(error)}\n${logs}`
            )
          }
          workers.forEach((worker) => worker.removeLog())
        })
      },
    })
  }
)
