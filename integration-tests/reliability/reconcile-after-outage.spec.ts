import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { Knex } from "knex"
import BigNumber from "bignumber.js"
import { runPayouts } from "../../src/jobs/run-payouts"
import type { ReconcileReport } from "../../src/types/http"
import { createAdminSession } from "../utils/admin"
import { runReconcile } from "../utils/reconcile"
import { withAppEnv } from "../utils/app-env"
import {
  createMarketplace,
  MarketplaceFixture,
  SellerSpec,
} from "../utils/marketplace-builder"
import { creditLedger } from "../utils/payouts"
import { describeWithService } from "../utils/services"
import { settleBackgroundWork } from "../utils/settle"
import { waitFor } from "../utils/wait-for"
import {
  recordingClient,
  startCheckoutLoad,
} from "./support/redis-checkout-load"
import { halfWrittenCheckouts } from "./support/redis-checkout-state"
import { RedisTestServer, startRedisServer } from "./support/redis-server"

jest.setTimeout(600 * 1000)

/** Twice the ~14 s a Redis command waits before it fails: running workflows lose their checkpoints. */
const OUTAGE_MS = 30_000
const CHECKOUT_LOOPS = 3
/** The checkout's cart lock and the payout run's seller lock. */
const LOCK_TTL_SECONDS = 120
/** Before the outage, and again after it, so that load runs on both sides. */
const CHECKOUTS_PER_PHASE = 3

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

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Rows<T> = { rows: T[] }

/**
 * Redis down for 30 s under three checkout loops and a payout run, then one reconcile run:
 * afterwards every paid cart has one whole order group, no payout is pending, every
 * seller's ledger adds up, and a second run finds nothing.
 */
describeWithService(
  "redis",
  "Reconciler after a 30 s Redis outage under checkouts and a payout run",
  () => {
    let redis: RedisTestServer
    withAppEnv(async () => {
      redis = await startRedisServer()
      return {
        REDIS_URL: redis.url,
        // Everything unfinished when the run starts is abandoned; the job itself never fires here.
        RECONCILE_STALE_AFTER_SECONDS: "0",
        RECONCILE_SCHEDULE: "0 0 1 1 *",
      }
    })
    afterAll(async () => {
      await redis?.destroy()
    })

    medusaIntegrationTestRunner({
      inApp: true,
      testSuite: ({ api, getContainer, dbConnection, utils }) => {
        const db = dbConnection as unknown as Knex
        let marketplace: MarketplaceFixture
        let first: ReconcileReport
        let second: ReconcileReport
        let credited: Record<string, BigNumber>
        let killedAt = 0

        beforeAll(async () => {
          const container = getContainer()
          marketplace = await createMarketplace(container, SELLERS)
          const admin = await createAdminSession(container, api)
          const { client, records } = recordingClient(
            api.defaults.baseURL!,
            120_000
          )
          const load = startCheckoutLoad(client, marketplace, {
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
          const completedAfter = (since: number) =>
            waitFor(
              () =>
                load.completed.filter((checkout) => checkout.at > since)
                  .length >= CHECKOUTS_PER_PHASE,
              { timeoutMs: 240_000, intervalMs: 100, what: "checkouts" }
            )
          credited = {}
          try {
            await completedAfter(0)
            // Captured sales in the books, and a payable balance for the payout run.
            for (const checkout of load.completed.slice(0, 2)) {
              await api.post(
                `/admin/order-groups/${checkout.groupId}/capture`,
                {},
                admin
              )
            }
            for (const seller of marketplace.sellers) {
              await creditLedger(container, seller.id, [
                {
                  amount: "80.00",
                  type: "adjustment",
                  reference: `credit-${seller.id}`,
                },
              ])
              credited[seller.id] = new BigNumber("80")
            }
            // Redis crashes while checkouts and the payout run are under way.
            await waitFor(() => load.completing.size > 0, {
              timeoutMs: 30_000,
              intervalMs: 10,
              what: "a checkout in progress",
            })
            const payoutRun = runPayouts(container).catch(() => undefined)
            await pause(30)
            killedAt = Date.now()
            await redis.stop("SIGKILL")
            await pause(OUTAGE_MS)
            await redis.start()
            const back = Date.now()
            await payoutRun
            await completedAfter(back)
          } catch (error) {
            const failures = records
              .filter(
                (record) => record.status === null || record.status >= 400
              )
              .slice(-10)
            throw new Error(
              `${(error as Error).message}; ${records.length} requests, last failures: ${JSON.stringify(failures)}`
            )
          } finally {
            await load.stop()
          }
          await settleBackgroundWork(utils)
          // The abandoned runs' locks (cart 120 s, seller payout 120 s) outlive them by their TTL,
          // which Redis keeps across the restart. In production the stale threshold (600 s) is
          // past it; here the run waits for it, so that nothing is deferred.
          await pause(killedAt + (LOCK_TTL_SECONDS + 2) * 1000 - Date.now())
          const reconcile = () => runReconcile(api, admin)
          first = await reconcile()
          await settleBackgroundWork(utils)
          second = await reconcile()
        })

        it("repairs everything it finds in one run; a second run finds nothing", () => {
          expect(first.unrepaired).toEqual([])
          expect(first.deferred).toEqual([])
          expect(first.counts.repaired).toBe(first.repaired.length)
          expect(second.counts).toEqual({
            found: 0,
            repaired: 0,
            unrepaired: 0,
          })
        })

        it("leaves every paid cart with exactly one whole order group, and no other checkout half-written", async () => {
          expect(
            await halfWrittenCheckouts(
              getContainer(),
              db,
              marketplace.sellers.map((seller) => seller.id)
            )
          ).toEqual([])
          // Exact totals: the orders of a group sum to the group's (the cart's) total.
          const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
          const { data } = await query.graph({
            entity: "order_group",
            fields: ["id", "total", "orders.total"],
          })
          const groups = data as unknown as {
            id: string
            total: number
            orders: { total: number }[]
          }[]
          expect(groups.length).toBeGreaterThan(0)
          const inexact = groups.filter(
            (group) =>
              !group.orders
                .reduce((sum, order) => sum.plus(order.total), new BigNumber(0))
                .eq(group.total)
          )
          expect(inexact.map((group) => group.id)).toEqual([])
        })

        it("leaves no payout pending and every seller's ledger equal to captured sales minus commission and payouts", async () => {
          const { rows: pending } = (await db.raw(
            `select id from payout where status = 'pending' and deleted_at is null`
          )) as Rows<{ id: string }>
          expect(pending).toEqual([])
          for (const seller of marketplace.sellers) {
            const { rows } = (await db.raw(
              `select
                 (select coalesce(sum(amount), 0)::text from ledger_entry where seller_id = :seller and deleted_at is null) as ledger,
                 (select coalesce(sum(t.amount), 0)::text from order_transaction t
                    join seller_seller_order_order os on os.order_id = t.order_id and os.deleted_at is null
                   where os.seller_id = :seller and t.reference = 'capture' and t.deleted_at is null) as captured,
                 (select coalesce(sum(c.amount), 0)::text from commission_line c
                   where c.seller_id = :seller and c.deleted_at is null
                     and exists (select 1 from order_transaction t where t.order_id = c.order_id and t.reference = 'capture' and t.deleted_at is null)) as commission,
                 (select coalesce(sum(amount), 0)::text from payout where seller_id = :seller and status <> 'failed' and deleted_at is null) as paid_out`,
              { seller: seller.id }
            )) as Rows<Record<string, string>>
            const row = rows[0]
            const expected = new BigNumber(row.captured)
              .minus(row.commission)
              .minus(row.paid_out)
              .plus(credited[seller.id])
            expect({
              seller: seller.id,
              ledger: new BigNumber(row.ledger).toFixed(),
            }).toEqual({
              seller: seller.id,
              ledger: expected.toFixed(),
            })
          }
        })
      },
    })
  }
)
