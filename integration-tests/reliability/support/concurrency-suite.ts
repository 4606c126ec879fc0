import { medusaIntegrationTestRunner } from "../../utils/test-runner"
import type { AxiosResponse } from "axios"
import BigNumber from "bignumber.js"
import type { ILockingModule } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { isLockHeld } from "../../../src/api/errors/lock-conflict"
import {
  PAYOUT_LOCK_TIMEOUT_SECONDS,
  payoutSellerWorkflow,
} from "../../../src/workflows/payout/workflows/payout-seller"
import { createAdminSession } from "../../utils/admin"
import { withAppEnv } from "../../utils/app-env"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../../utils/marketplace-builder"
import { recordEvents } from "../../utils/record-events"
import { createReadyCart, linesOf } from "../../utils/store-cart"
import {
  activateStripeAccount,
  creditLedger,
  ledgerSums,
} from "../../utils/payouts"
import {
  enableStripeInRegion,
  intentCalls,
  postStripeWebhook,
  startStripePayment,
  stripePaymentEnv,
} from "../../utils/stripe-payments"
import { FakeStripe, TEST_CARDS } from "../../utils/stripe-server"
import { Headers, registerSeller, SellerAccount } from "../../utils/sellers"
import { settleBackgroundWork } from "../../utils/settle"

const WEBHOOK_SECRET = "whsec_concurrency"

/**
 * The loopback Stripe: PaymentIntents for the customers' payments, and the payout provider's
 * three endpoints stubbed here (a transfer takes 50 ms so that concurrent runs overlap).
 */
const stripe = new FakeStripe(WEBHOOK_SECRET, async (request) => {
  const form = new URLSearchParams(request.rawBody)
  if (request.path === "/v1/accounts") {
    return {
      status: 200,
      body: {
        id: `acct_${form.get("metadata[seller_id]")}`,
        object: "account",
      },
    }
  }
  if (request.path === "/v1/account_links") {
    return {
      status: 200,
      body: {
        object: "account_link",
        url: "https://connect.stripe.test/setup",
      },
    }
  }
  if (request.path === "/v1/transfers") {
    await new Promise((resolve) => setTimeout(resolve, 50))
    return {
      status: 200,
      body: { id: `tr_${form.get("metadata[payout_id]")}`, object: "transfer" },
    }
  }
  return undefined
})

type Answer = {
  status: number
  data: { type?: string; message?: string; order_group?: { id: string } }
}
type Row = Record<string, unknown>

const answerOf = (request: Promise<AxiosResponse>): Promise<Answer> =>
  request.then(
    ({ status, data }) => ({ status, data }),
    (error) => {
      if (!error.response) {
        throw error
      }
      return { status: error.response.status, data: error.response.data }
    }
  )

export type LockingProvider = "memory" | "postgres" | "redis"

/**
 * Mutual exclusion of the two money-moving workflows under concurrent calls, on one
 * Locking Module provider: 50 completions of one cart, 20 payout runs over three sellers.
 * One app per spec file (the test runner cannot boot a second app in the same file), so
 * each provider has its own `concurrency*.spec.ts`. `lockingEnv` is read when the app
 * boots (inside describeWithService for Redis).
 */
export function concurrencySuite(
  locking: LockingProvider,
  lockingEnv: () => Record<string, string> = () => ({})
) {
  withAppEnv(async () => {
    await stripe.start()
    return {
      ...stripePaymentEnv(stripe),
      PAYOUT_PROVIDER: "stripe-connect",
      PAYOUT_MINIMUM: "1",
      ...lockingEnv(),
    }
  })
  afterAll(() => stripe.stop())

  medusaIntegrationTestRunner({
    inApp: true,
    testSuite: ({ api, getContainer, dbConnection, utils }) => {
      let marketplace: MarketplaceFixture
      let events: ReturnType<typeof recordEvents>
      let admin: Headers
      let payees: SellerAccount[]

      const rows = async (sql: string, bindings: unknown[]): Promise<Row[]> =>
        (await dbConnection.raw(sql, bindings)).rows

      beforeAll(async () => {
        const container = getContainer()
        marketplace = await createMarketplace(container)
        await enableStripeInRegion(container, marketplace.regionId)
        events = recordEvents(container, ["order_group.placed", "order.placed"])
        admin = await createAdminSession(container, api)
        payees = []
        for (const name of ["Alpha Payee", "Beta Payee", "Gamma Payee"]) {
          const seller = await registerSeller(api, `${name} ${locking}`)
          await activateStripeAccount(api, seller, WEBHOOK_SECRET)
          payees.push(seller)
        }
        await settleBackgroundWork(utils)
      })
      beforeEach(() => {
        events.received.length = 0
        stripe.server.reset()
      })

      it(`runs on the ${locking} locking provider`, () => {
        const config = getContainer().resolve("configModule")
        const modules = config.modules as Record<
          string,
          { options?: { providers?: { id: string }[] } }
        >
        const providers = modules.locking.options?.providers?.map(
          (provider) => provider.id
        )
        expect(providers).toEqual(
          locking === "memory" ? [] : [`locking-${locking}`]
        )
      })

      it("completes one three-seller cart paid with Stripe once under 50 concurrent completions and its webhooks", async () => {
        const cart = await createReadyCart(api, marketplace, {
          lines: marketplace.sellers.flatMap((seller) => linesOf(seller, 2)),
          shippingOptionIds: marketplace.sellers.map(
            (seller) => seller.shippingOptionId
          ),
          promoCode: marketplace.promoCode,
        })
        const paymentCollectionId = cart.payment_collection!.id
        const { intentId } = await startStripePayment(
          api,
          cart.id,
          marketplace.store
        )
        await stripe.confirm(intentId, TEST_CARDS.visa)

        // Stripe's webhook races the storefront: both complete under the cart's lock.
        const webhooks = Array.from({ length: 5 }, () =>
          postStripeWebhook(
            api,
            stripe.event("payment_intent.amount_capturable_updated", intentId)
          )
        )
        const answers = await Promise.all(
          Array.from({ length: 50 }, () =>
            answerOf(
              api.post(
                `/store/carts/${cart.id}/complete`,
                {},
                marketplace.store
              )
            )
          )
        )
        const webhookStatuses = (await Promise.all(webhooks)).map(
          (response) => response.status
        )
        expect(
          webhookStatuses.filter((status) => status !== 200 && status !== 409)
        ).toEqual([])
        expect(intentCalls(stripe, intentId).captures).toHaveLength(0)

        const groups = await rows(
          `select id from order_group where cart_id = ? and deleted_at is null`,
          [cart.id]
        )
        expect(groups).toHaveLength(1)
        const groupId = groups[0].id
        for (const answer of answers) {
          if (answer.status === 200) {
            expect(answer.data).toMatchObject({
              type: "order_group",
              order_group: { id: groupId },
            })
          } else {
            expect(answer.status).toBe(409)
            // Medusa's error body for a conflict (`code` included); a lock waited on too long.
            expect(answer.data).toMatchObject({
              type: "conflict",
              message: expect.any(String),
            })
          }
        }
        expect(answers.some((answer) => answer.status === 200)).toBe(true)

        // One order per seller, all in the group and of the cart.
        const orders = await rows(
          `select s.seller_id from order_cart oc
             join order_group_order_group_order_order og on og.order_id = oc.order_id and og.deleted_at is null
             join seller_seller_order_order s on s.order_id = oc.order_id and s.deleted_at is null
           where oc.cart_id = ? and oc.deleted_at is null and og.order_group_id = ?`,
          [cart.id, groupId]
        )
        expect(orders.map((order) => order.seller_id).sort()).toEqual(
          marketplace.sellers.map((seller) => seller.id).sort()
        )

        // The payment authorized once; the cart completed; stock reserved once per line.
        const payments = await rows(
          `select amount from payment where payment_collection_id = ? and deleted_at is null`,
          [paymentCollectionId]
        )
        expect(payments).toHaveLength(1)
        expect(new BigNumber(String(payments[0].amount)).eq(cart.total)).toBe(
          true
        )
        const [collection] = await rows(
          `select status from payment_collection where id = ?`,
          [paymentCollectionId]
        )
        expect(collection.status).toBe("authorized")
        const sessions = await rows(
          `select status from payment_session where payment_collection_id = ? and deleted_at is null`,
          [paymentCollectionId]
        )
        expect(sessions.map((session) => session.status)).toEqual([
          "authorized",
        ])
        const [completed] = await rows(
          `select completed_at from cart where id = ?`,
          [cart.id]
        )
        expect(completed.completed_at).not.toBeNull()
        const inventoryItemIds = marketplace.sellers.flatMap((seller) =>
          seller.variants.map((v) => v.inventoryItemId)
        )
        const reservations = await rows(
          `select quantity from reservation_item where inventory_item_id = any(?) and deleted_at is null`,
          [inventoryItemIds]
        )
        expect(
          reservations.map((reservation) => Number(reservation.quantity))
        ).toEqual(inventoryItemIds.map(() => 2))

        await events.waitFor("order.placed", 3)
        expect(
          events.received.filter((event) => event.name === "order_group.placed")
        ).toEqual([{ name: "order_group.placed", data: { id: groupId } }])
        expect(
          events.received.filter((event) => event.name === "order.placed")
        ).toHaveLength(3)
      })

      it("pays each seller and currency once under 20 concurrent payout runs over three sellers", async () => {
        const container = getContainer()
        const [alpha, beta, gamma] = payees.map((payee) => payee.seller.id)
        await creditLedger(container, alpha, [
          { amount: "150.10" },
          { amount: "-15.01", type: "commission" },
          { amount: "50.00", held: true },
          { amount: "20.00", currency_code: "usd" },
        ])
        await creditLedger(container, beta, [{ amount: "42.42" }])
        await creditLedger(container, gamma, [
          { amount: "10.05" },
          { amount: "7.50", currency_code: "usd" },
        ])
        const expected = [
          [alpha, "eur", "135.09"],
          [alpha, "usd", "20"],
          [beta, "eur", "42.42"],
          [gamma, "eur", "10.05"],
          [gamma, "usd", "7.5"],
        ].sort()

        // Half the runs name the sellers (in varying order), half pay everyone payable.
        const runs = await Promise.all(
          Array.from({ length: 20 }, async (_, index) => {
            const started = Date.now()
            const { data } = await api.post(
              "/admin/payouts/run",
              index % 2
                ? {}
                : {
                    seller_ids:
                      index % 4 ? [gamma, beta, alpha] : [alpha, beta, gamma],
                  },
              admin
            )
            return { summary: data.summary, ms: Date.now() - started }
          })
        )
        const summaries = runs.map((run) => run.summary)
        // The runs of one seller queue on its lock; each waits up to the lock timeout. On a
        // loaded machine the last of 20 may wait longer and give up, which the run reports
        // (by design, see runPayouts) after the whole wait, having paid nothing; the money
        // below is exact either way. That runs do wait is proven with a held lock below.
        for (const run of runs) {
          for (const error of run.summary.errors) {
            expect(isLockHeld(error)).toBe(true)
            expect(run.ms).toBeGreaterThanOrEqual(
              PAYOUT_LOCK_TIMEOUT_SECONDS * 1000
            )
          }
        }
        type SummaryPayout = {
          id: string
          seller_id: string
          currency_code: string
          amount: string
          status: string
        }
        const paid: SummaryPayout[] = summaries.flatMap(
          (summary) => summary.payouts
        )
        expect(
          paid.map((p) => [p.seller_id, p.currency_code, p.amount]).sort()
        ).toEqual(expected)
        expect(paid.every((p) => p.status === "paid")).toBe(true)

        // The stored payouts are those, each transferred exactly once with its own key.
        const stored = await rows(
          `select id, seller_id, currency_code, idempotency_key from payout where seller_id = any(?) and deleted_at is null`,
          [[alpha, beta, gamma]]
        )
        expect(stored.map((p) => p.id).sort()).toEqual(
          paid.map((p) => p.id).sort()
        )
        const transfers = stripe.server.to("/v1/transfers")
        expect(
          transfers
            .map((t) =>
              new URLSearchParams(t.rawBody).get("metadata[payout_id]")
            )
            .sort()
        ).toEqual(paid.map((p) => p.id).sort())
        for (const transfer of transfers) {
          const payout = stored.find(
            (p) =>
              p.id ===
              new URLSearchParams(transfer.rawBody).get("metadata[payout_id]")
          )!
          expect(payout.idempotency_key).toBe(`payout-${payout.id}`)
          expect(transfer.headers["idempotency-key"]).toBe(
            payout.idempotency_key
          )
        }

        // The ledger debited once per payout; nothing payable is left.
        for (const [sellerId, currency, amount] of expected) {
          const sums = await ledgerSums(container, sellerId, currency)
          const debits = sums.entries.filter((entry) => entry.type === "payout")
          expect(
            debits.map((entry) =>
              new BigNumber(String(entry.raw_amount.value)).toFixed()
            )
          ).toEqual([`-${amount}`])
          expect(sums.payable).toBe("0")
        }
        expect(
          (await api.get("/vendor/balance", payees[0].owner)).data.balances
        ).toEqual([
          { currency_code: "eur", total: "50", payable: "0", pending: "50" },
          { currency_code: "usd", total: "0", payable: "0", pending: "0" },
        ])

        // Concurrent workflow runs straight through the engine (no HTTP) agree.
        await creditLedger(container, beta, [{ amount: "7.25" }])
        stripe.server.reset()
        const direct = await Promise.all(
          Array.from({ length: 10 }, () =>
            payoutSellerWorkflow(container).run({
              input: { seller_id: beta },
              throwOnError: false,
            })
          )
        )
        for (const { errors } of direct) {
          expect(errors.every(({ error }) => isLockHeld(error))).toBe(true)
        }
        expect(
          direct
            .filter(({ errors }) => !errors.length)
            .flatMap(({ result }) => result.payouts)
            .map((p) => p.amount)
        ).toEqual(["7.25"])
        expect(stripe.server.to("/v1/transfers")).toHaveLength(1)
        expect((await ledgerSums(container, beta, "eur")).payable).toBe("0")
      })

      it("makes a payout run wait for the seller's lock and pay once it is released", async () => {
        const container = getContainer()
        const [alpha] = payees.map((payee) => payee.seller.id)
        await creditLedger(container, alpha, [{ amount: "12.34" }])
        const locking = container.resolve<ILockingModule>(Modules.LOCKING)
        const key = `payout:${alpha}`
        // Held here as another run would hold it: no time-dependent race decides the order.
        await locking.acquire(key, { expire: 60 })
        let settled = false
        const run = api
          .post("/admin/payouts/run", { seller_ids: [alpha] }, admin)
          .finally(() => (settled = true))
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(settled).toBe(false)
        expect(stripe.server.to("/v1/transfers")).toHaveLength(0)
        expect((await ledgerSums(container, alpha, "eur")).payable).toBe(
          "12.34"
        )

        await locking.release(key)
        const { data } = await run
        expect(data.summary.errors).toEqual([])
        expect(
          data.summary.payouts.map((p: { amount: string; status: string }) => [
            p.amount,
            p.status,
          ])
        ).toEqual([["12.34", "paid"]])
        expect(stripe.server.to("/v1/transfers")).toHaveLength(1)
        expect((await ledgerSums(container, alpha, "eur")).payable).toBe("0")
      })
    },
  })
}
