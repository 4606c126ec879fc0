import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { Knex } from "knex"
import { withAppEnv } from "../utils/app-env"
import {
  createMarketplace,
  MarketplaceFixture,
  SellerSpec,
} from "../utils/marketplace-builder"
import { createReadyCart, StoreCart } from "../utils/store-cart"
import { describeWithService } from "../utils/services"
import { settleBackgroundWork } from "../utils/settle"
import { waitFor } from "../utils/wait-for"
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
import {
  holdEventDelivery,
  queuedEvents,
  QueuedEvent,
} from "./support/redis-event-queue"
import { RedisTestServer, startRedisServer } from "./support/redis-server"

jest.setTimeout(240 * 1000)

/**
 * Every request must answer within this; the load's client gives up after it, so a hang
 * fails. Writes running when Redis stops wait for it (the outage), then finish.
 */
const REQUEST_BOUND_MS = 20_000
/** How long Redis stays down. */
const OUTAGE_MS = 6_000
/** Once Redis answers again, the app has this long to reconnect; after it every request must succeed. */
const RECOVERY_MS = 3_000
/** How long a cart completion has been running when Redis is stopped. */
const MID_CHECKOUT_MS = 300
/** Completed checkouts wanted before the outage, and again after the recovery window. */
const CHECKOUTS_PER_PHASE = 3

/** Checkout loops running at once; each buys its own variant of every seller. */
const CHECKOUT_LOOPS = 3

/**
 * Two sellers, one variant per checkout loop: concurrent checkouts never reserve the same
 * inventory item. Medusa's Redis lock on several inventory items can make concurrent
 * checkouts of one item time out (409) without any outage (docs/infrastructure.md).
 */
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

type Outage = { start: number; end: number }
type Phase = "before" | "outage" | "after"

/** Answered before Redis stopped, sent after the recovery window, or anything in between. */
function phaseOf(record: RequestRecord, outage: Outage): Phase {
  if (record.answeredAt < outage.start) {
    return "before"
  }
  return record.sentAt > outage.end + RECOVERY_MS ? "after" : "outage"
}

const describeRecord = (record: RequestRecord) =>
  `${record.method} ${record.route} → ${record.status ?? record.error} ${record.type ?? ""} ` +
  `after ${record.answeredAt - record.sentAt} ms`

async function completedSince(
  load: CheckoutLoad,
  since: number,
  count: number
) {
  await waitFor(
    () =>
      load.completed.filter((checkout) => checkout.at > since).length >= count,
    {
      timeoutMs: 90_000,
      intervalMs: 100,
      what: `${count} completed checkouts`,
    }
  )
}

describeWithService(
  "redis",
  "Redis stopped and restarted during a checkout load",
  () => {
    let redis: RedisTestServer
    withAppEnv(async () => {
      redis = await startRedisServer()
      // REDIS_URL alone moves the event bus, workflow engine, locking, caching and sessions to Redis.
      return { REDIS_URL: redis.url }
    })
    afterAll(async () => {
      await redis?.destroy()
    })

    medusaIntegrationTestRunner({
      inApp: true,
      testSuite: ({ api, getContainer, dbConnection, utils }) => {
        const db = dbConnection as unknown as Knex
        let marketplace: MarketplaceFixture
        let records: RequestRecord[]
        let outage: Outage
        let load: CheckoutLoad
        let queuedAtStop: QueuedEvent[]
        let queuedAfterRestart: QueuedEvent[]
        let probeCart: StoreCart
        let probeCompletion: { type?: string } | undefined

        beforeAll(async () => {
          marketplace = await createMarketplace(getContainer(), SELLERS)
          // The event bus worker is held on the first order.placed event from the start: the
          // events of every later checkout are still queued in Redis when it goes down.
          const held = holdEventDelivery(getContainer(), "order.placed")
          held.close()
          const recording = recordingClient(
            api.defaults.baseURL!,
            REQUEST_BOUND_MS
          )
          records = recording.records
          const cartContents = (loop: number) => ({
            lines: marketplace.sellers.map((seller) => ({
              variant_id: seller.variants[loop].id,
              quantity: 1,
            })),
            shippingOptionIds: marketplace.sellers.map(
              (seller) => seller.shippingOptionId
            ),
          })
          load = startCheckoutLoad(recording.client, marketplace, {
            carts: Array.from({ length: CHECKOUT_LOOPS }, (_, loop) =>
              cartContents(loop)
            ),
            reads: 1,
          })
          const client = recording.client
          try {
            await completedSince(load, 0, CHECKOUTS_PER_PHASE)
            // A cart ready to complete, left alone until Redis is down.
            probeCart = await createReadyCart(client, marketplace, {
              ...cartContents(0),
              email: "probe@example.test",
            })
            queuedAtStop = await queuedEvents(redis.url)
            // Stop Redis in the middle of a checkout: one completion has been running for a while.
            const checkoutRunning = () =>
              [...load.completing.values()].some(
                (sentAt) => Date.now() - sentAt > MID_CHECKOUT_MS
              )
            await waitFor(checkoutRunning, {
              timeoutMs: 60_000,
              intervalMs: 20,
              what: "a checkout in progress",
            })

            const start = Date.now()
            // A crash: only what Redis had fsynced to its append-only file survives, i.e. every
            // write it acknowledged (`--appendfsync always`).
            await redis.stop("SIGKILL")
            // While it is down, a storefront starts a cart, adds to one and completes one.
            const probeWrites = async () => {
              await Promise.all(
                [
                  client.post(
                    "/store/carts",
                    { region_id: marketplace.regionId },
                    marketplace.store
                  ),
                  client.post(
                    `/store/carts/${probeCart.id}/line-items`,
                    cartContents(1).lines[0],
                    marketplace.store
                  ),
                  client.post(
                    `/store/carts/${probeCart.id}/complete`,
                    {},
                    marketplace.store
                  ),
                ].map((request) => request.catch(() => undefined))
              )
            }
            await pause(1000)
            await probeWrites()
            await pause(OUTAGE_MS / 2)
            await probeWrites()
            await pause(start + OUTAGE_MS - Date.now())
            await redis.start()
            outage = { start, end: Date.now() }
            queuedAfterRestart = await queuedEvents(redis.url)
            held.open()

            await pause(RECOVERY_MS)
            // The cart the probes could not complete is intact and completes now.
            const { data } = await client.post(
              `/store/carts/${probeCart.id}/complete`,
              {},
              marketplace.store
            )
            probeCompletion = data
            if (data.type === "order_group") {
              load.completed.push({
                cartId: probeCart.id,
                groupId: data.order_group.id,
                at: Date.now(),
              })
            }
            await completedSince(
              load,
              outage.end + RECOVERY_MS,
              CHECKOUTS_PER_PHASE
            )
          } finally {
            held.open()
            await load.stop()
          }
          await waitFor(
            async () => (await ordersMissingCommission(db)).length === 0,
            {
              timeoutMs: 60_000,
              intervalMs: 500,
            }
          ).catch(() => undefined)
          await settleBackgroundWork(utils)
        })

        it(`answers every request within ${REQUEST_BOUND_MS / 1000} s, failing only with 503 while Redis is down`, () => {
          const unanswered = records.filter((record) => record.status === null)
          expect(unanswered.map(describeRecord)).toEqual([])

          const failed = records.filter((record) => record.status! >= 400)
          const outsideOutage = failed.filter(
            (record) => phaseOf(record, outage) !== "outage"
          )
          expect(outsideOutage.map(describeRecord)).toEqual([])
          const not503 = failed.filter(
            (record) =>
              record.status !== 503 ||
              record.type !== "service_unavailable" ||
              !record.message
          )
          expect(not503.map(describeRecord)).toEqual([])
          // The outage did hit the load: some requests failed, with a message naming Redis.
          expect(failed.length).toBeGreaterThan(0)
          expect(failed[0].message).toMatch(/Redis .* is unavailable/)
        })

        it("answers writes sent while Redis is down at once; the cart they tried to complete completes later", () => {
          const sentWhileDown = records.filter(
            (record) =>
              record.method !== "GET" &&
              record.sentAt > outage.start + 200 &&
              record.sentAt < outage.end - 1000
          )
          // At least both rounds of probes: create a cart, add a line item, complete.
          expect(sentWhileDown.length).toBeGreaterThanOrEqual(6)
          const slowOrNot503 = sentWhileDown.filter(
            (record) =>
              record.status !== 503 ||
              record.answeredAt - record.sentAt > 2000 ||
              record.answeredAt > outage.end
          )
          expect(slowOrNot503.map(describeRecord)).toEqual([])
          expect(probeCompletion?.type).toBe("order_group")
        })

        it("finishes the checkouts that were running when Redis stopped, once it is back", () => {
          const running = records.filter(
            (record) =>
              record.route.endsWith("/complete") &&
              record.sentAt < outage.start &&
              record.answeredAt > outage.start
          )
          expect(running.length).toBeGreaterThan(0)
          const notPlaced = running.filter(
            (record) => record.status !== 200 || record.type !== "order_group"
          )
          expect(notPlaced.map(describeRecord)).toEqual([])
        })

        it("serves every request before the outage and after the recovery window, without restarting the app", () => {
          const before = records.filter(
            (record) => phaseOf(record, outage) === "before"
          )
          const after = records.filter(
            (record) => phaseOf(record, outage) === "after"
          )
          expect(before.length).toBeGreaterThan(0)
          expect(after.length).toBeGreaterThan(0)
          expect(
            [...before, ...after]
              .filter((record) => record.status! >= 300)
              .map(describeRecord)
          ).toEqual([])
          expect(
            load.completed.filter((checkout) => checkout.at < outage.start)
              .length
          ).toBeGreaterThanOrEqual(CHECKOUTS_PER_PHASE)
          expect(
            load.completed.filter(
              (checkout) => checkout.at > outage.end + RECOVERY_MS
            ).length
          ).toBeGreaterThanOrEqual(CHECKOUTS_PER_PHASE)
        })

        it("loses no event: those queued in Redis when it stopped are delivered after the restart", async () => {
          const placedAtStop = queuedAtStop.filter(
            (event) => event.name === "order.placed"
          )
          expect(placedAtStop.length).toBeGreaterThan(0)
          // The append-only file brought them back ...
          const jobsAfterRestart = new Set(
            queuedAfterRestart.map((event) => event.jobId)
          )
          expect(
            placedAtStop.filter((event) => !jobsAfterRestart.has(event.jobId))
          ).toEqual([])
          // ... and the subscribers ran for them, as for every other order of the run.
          expect(await ordersMissingCommission(db)).toEqual([])
        })

        it("leaves no checkout half-written: every order group is whole, every other cart untouched", async () => {
          const sellerIds = marketplace.sellers.map((seller) => seller.id)
          expect(
            await halfWrittenCheckouts(getContainer(), db, sellerIds)
          ).toEqual([])
          const { rows } = (await db.raw(
            `select id, cart_id from order_group`
          )) as {
            rows: { id: string; cart_id: string }[]
          }
          const groups = new Map(rows.map((row) => [row.id, row.cart_id]))
          // Every checkout answered 200 kept its group.
          expect(
            load.completed.filter(
              (checkout) => groups.get(checkout.groupId) !== checkout.cartId
            )
          ).toEqual([])
        })
      },
    })
  }
)
