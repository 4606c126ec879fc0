import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { Knex } from "knex"
import Redis from "ioredis"
import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { ReconcileReport } from "../../src/types/http"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import {
  createMarketplace,
  MarketplaceFixture,
  SellerSpec,
} from "../utils/marketplace-builder"
import { payoutService } from "../utils/payouts"
import { runReconcile } from "../utils/reconcile"
import { describeWithService } from "../utils/services"
import { waitFor } from "../utils/wait-for"
import {
  groupTotalMismatches,
  ledgerMismatches,
} from "./support/marketplace-books"
import {
  CheckoutLoad,
  recordingClient,
  RequestRecord,
  startCheckoutLoad,
} from "./support/redis-checkout-load"
import {
  halfWrittenCheckouts,
  ordersMissingCommission,
} from "./support/redis-checkout-state"
import { queuedEvents } from "./support/redis-event-queue"
import { RedisTestServer, startRedisServer } from "./support/redis-server"

jest.setTimeout(900 * 1000)

/**
 * How long Redis stays down: twice the ~14 s its clients wait for it (docs/infrastructure.md),
 * so checkouts and the payout run that were running lose their workflow checkpoints.
 */
const OUTAGE_MS = 30_000
/** The load's client gives up after this: generous, the spec is about the final state. */
const REQUEST_BOUND_MS = 60_000
/** Completed checkouts wanted before the outage (both are captured) and again after it. */
const CHECKOUTS_BEFORE = 2
const CHECKOUTS_AFTER = 1
/** Generous: on a loaded machine a request may take seconds. */
const LOAD_WAIT_MS = 300_000
const CHECKOUT_LOOPS = 3
/** How long a cart completion has been running when Redis is stopped. */
const MID_CHECKOUT_MS = 300
/** Medusa's Redis locking provider's key prefix. */
const LOCK_PREFIX = "medusa_lock:"

/** Two sellers, one variant per checkout loop (no two loops reserve one inventory item). */
const SELLERS: SellerSpec[] = [
  {
    name: "Alpha Apparel",
    shippingPrice: 4.95,
    products: [
      { title: "Alpha tee", prices: [19.99, 21.5, 23.75], stock: 10_000 },
    ],
  },
  {
    name: "Beta Books",
    shippingPrice: 3.5,
    products: [
      { title: "Beta novel", prices: [12.37, 14.2, 9.99], stock: 10_000 },
    ],
  },
]

/** The load's answers so far, counted by route and status: what a stalled load was told. */
const answers = (records: RequestRecord[]) =>
  JSON.stringify(
    records.reduce<Record<string, number>>((counts, record) => {
      const key = `${record.method} ${record.route} ${record.status ?? record.error} ${record.message ?? ""}`
      counts[key] = (counts[key] ?? 0) + 1
      return counts
    }, {})
  )

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const NOTHING = { found: 0, repaired: 0, unrepaired: 0, deferred: 0 }

/**
 * Redis is killed for 30 s while three checkout loops run and a payout run is paying
 * captured sales; after it is back, the load goes on, stops, and one reconcile run repairs
 * what the outage left. The assertions are about that final state only: what each request
 * answered during the outage is the short outage's spec (redis-outage.spec.ts).
 */
describeWithService(
  "redis",
  "Redis down for twice its clients' wait under checkouts and a payout run, then one reconcile run",
  () => {
    let redis: RedisTestServer
    withAppEnv(async () => {
      redis = await startRedisServer()
      return {
        REDIS_URL: redis.url,
        // Sales are payable at capture; no scheduled payout or reconcile run interferes.
        PAYOUT_HOLD_DAYS: "0",
        PAYOUT_SCHEDULE: "0 0 1 1 *",
        RECONCILE_SCHEDULE: "0 0 1 1 *",
        // Nothing is running when the spec reconciles: every operation is stale.
        RECONCILE_STALE_AFTER_SECONDS: "0",
      }
    })
    afterAll(async () => {
      await redis?.destroy()
    })

    medusaIntegrationTestRunner({
      inApp: true,
      testSuite: ({ api, getContainer, dbConnection }) => {
        const db = dbConnection as unknown as Knex
        let marketplace: MarketplaceFixture
        let admin: { headers: { authorization: string } }
        let load: CheckoutLoad
        const capturedGroupIds: string[] = []
        let payoutRun: Promise<unknown>
        let first: ReconcileReport
        let second: ReconcileReport

        /**
         * Waits for the event queue to drain and every workflow execution still running
         * (subscribers, repairs) to end, as the test runner's `waitWorkflowExecutions` does,
         * with this spec's generous bound.
         */
        const backgroundWorkDone = async () => {
          // Events queued in Redis (kept through the outage) are delivered first: their
          // subscribers' locks would defer the reconciler's repairs.
          await waitFor(
            async () => (await queuedEvents(redis.url)).length === 0,
            {
              timeoutMs: LOAD_WAIT_MS,
              intervalMs: 200,
              what: "the event queue",
            }
          )
          await waitFor(
            async () =>
              (
                await getContainer()
                  .resolve<IWorkflowEngineService>(Modules.WORKFLOW_ENGINE)
                  .listWorkflowExecutions({
                    state: {
                      $nin: ["not_started", "done", "reverted", "failed"],
                    },
                  } as never)
              ).length === 0,
            {
              timeoutMs: LOAD_WAIT_MS,
              intervalMs: 200,
              what: "background workflows",
            }
          )
        }

        beforeAll(async () => {
          const started = Date.now()
          const container = getContainer()
          marketplace = await createMarketplace(container, SELLERS)
          admin = await createAdminSession(container, api)
          const { client, records } = recordingClient(
            api.defaults.baseURL!,
            REQUEST_BOUND_MS
          )
          load = startCheckoutLoad(client, marketplace, {
            carts: Array.from({ length: CHECKOUT_LOOPS }, (_, loop) => ({
              lines: marketplace.sellers.map((seller) => ({
                variant_id: seller.variants[loop].id,
                quantity: 1,
              })),
              shippingOptionIds: marketplace.sellers.map(
                (seller) => seller.shippingOptionId
              ),
            })),
            reads: 0,
          })
          try {
            await waitFor(() => load.completed.length >= CHECKOUTS_BEFORE, {
              timeoutMs: LOAD_WAIT_MS,
              what: `${CHECKOUTS_BEFORE} checkouts`,
            }).catch((error: Error) => {
              throw new Error(`${error.message}; answers: ${answers(records)}`)
            })
            // Two groups captured (their commission computed first), one seller order of
            // the second refunded in full: the sellers have payable sales and a refund.
            const [one, two] = load.completed.slice(0, 2)
            const ordersOf = async (groupId: string) =>
              (
                await api.get(`/admin/order-groups/${groupId}`, admin)
              ).data.order_group.orders.map((order: { id: string }) => order.id)
            const capturedOrders = [
              ...(await ordersOf(one.groupId)),
              ...(await ordersOf(two.groupId)),
            ]
            await waitFor(
              async () =>
                !(await ordersMissingCommission(db)).some((id) =>
                  capturedOrders.includes(id)
                ),
              {
                timeoutMs: LOAD_WAIT_MS,
                intervalMs: 200,
                what: "commission lines",
              }
            )
            for (const { groupId } of [one, two]) {
              await api.post(
                `/admin/order-groups/${groupId}/capture`,
                {},
                admin
              )
              capturedGroupIds.push(groupId)
            }
            await api.post(
              `/admin/order-groups/${two.groupId}/refunds`,
              { order_id: (await ordersOf(two.groupId))[0] },
              admin
            )

            // Redis is killed while a checkout has been completing for a while and the
            // payout run has written its first payout.
            payoutRun = api
              .post("/admin/payouts/run", {}, admin)
              .catch((error: Error) => error)
            await waitFor(
              async () =>
                (await payoutService(container).listPayouts({})).length > 0 &&
                [...load.completing.values()].some(
                  (sentAt) => Date.now() - sentAt > MID_CHECKOUT_MS
                ),
              {
                timeoutMs: LOAD_WAIT_MS,
                intervalMs: 10,
                what: "a payout and a checkout in progress",
              }
            )
            const outageStart = Date.now()
            await redis.stop("SIGKILL")
            await pause(OUTAGE_MS)
            await redis.start()
            const back = Date.now()
            process.stdout.write(
              `redis-long-outage: Redis down ${back - outageStart} ms\n`
            )
            await waitFor(
              () =>
                load.completed.filter((checkout) => checkout.at > back)
                  .length >= CHECKOUTS_AFTER,
              {
                timeoutMs: LOAD_WAIT_MS,
                intervalMs: 100,
                what: `${CHECKOUTS_AFTER} checkouts after the outage`,
              }
            )
          } finally {
            await load.stop()
          }
          await payoutRun
          const recovered = Date.now()
          await backgroundWorkDone()
          // The runs the outage abandoned hold their locks until their TTL (120 s; lock
          // expiry is proven by the locking suite). Every request has been answered and the
          // background work is done, so no live run holds one: release them as the TTL would.
          const locks = new Redis(redis.url)
          const keys = await locks.keys(`${LOCK_PREFIX}*`)
          if (keys.length) {
            await locks.del(...keys)
          }
          locks.disconnect()

          first = await runReconcile(api, admin)
          // What the repairs emitted (order.placed of a completed cart) is handled first.
          await backgroundWorkDone()
          second = await runReconcile(api, admin)
          await backgroundWorkDone()
          process.stdout.write(
            `redis-long-outage: ${load.completed.length} checkouts, ${keys.length} abandoned locks, ` +
              `first reconcile ${JSON.stringify(first.counts)} ` +
              `${JSON.stringify(first.repaired.map(({ kind, action }) => `${kind}:${action}`))}, ` +
              `${Math.round((Date.now() - started) / 1000)} s in all, ` +
              `${Math.round((Date.now() - recovered) / 1000)} s from the load's end\n`
          )
        })

        it("repairs everything in one reconcile run; a second run changes nothing", () => {
          expect(first.unrepaired).toEqual([])
          expect(first.deferred).toEqual([])
          expect(second.counts).toEqual(NOTHING)
        })

        it("gives every cart whose payment was authorized exactly one order group, one order per seller, with exact totals", async () => {
          const sellerIds = marketplace.sellers.map((seller) => seller.id)
          expect(
            await halfWrittenCheckouts(
              getContainer(),
              db,
              sellerIds,
              capturedGroupIds
            )
          ).toEqual([])
          expect(await groupTotalMismatches(getContainer())).toEqual([])
          const groups = (await db.raw(
            `select cart_id from order_group where deleted_at is null`
          )) as { rows: { cart_id: string }[] }
          expect(groups.rows.length).toBeGreaterThanOrEqual(
            CHECKOUTS_BEFORE + CHECKOUTS_AFTER
          )
          expect(
            load.completed.filter(
              (checkout) =>
                !groups.rows.some((row) => row.cart_id === checkout.cartId)
            )
          ).toEqual([])
        })

        it("leaves no payout pending, and every seller's ledger equals its captured orders minus commission, refunds and payouts", async () => {
          const container = getContainer()
          const payouts = await payoutService(container).listPayouts({})
          expect(payouts.length).toBeGreaterThan(0)
          expect(
            payouts.filter((payout) => payout.status === "pending")
          ).toEqual([])
          expect(await ordersMissingCommission(db)).toEqual([])
          expect(
            await ledgerMismatches(
              container,
              db,
              marketplace.sellers.map((seller) => seller.id)
            )
          ).toEqual([])
        })
      },
    })
  }
)
