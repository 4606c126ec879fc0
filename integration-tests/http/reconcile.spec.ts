import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { Knex } from "knex"
import { createAdminSession } from "../utils/admin"
import { runReconcile } from "../utils/reconcile"
import { withAppEnv } from "../utils/app-env"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import { creditLedger, ledgerSums, payoutService } from "../utils/payouts"
import { listNotifications } from "../utils/sellers"
import { createReadyCart, linesOf } from "../utils/store-cart"
import { settleBackgroundWork } from "../utils/settle"

jest.setTimeout(180 * 1000)

/**
 * The reconciler against the states an outage or a crash leaves, made directly in the
 * database as the crash would have left them (the reliability suites make them with real
 * outages). Nothing is stale-filtered: RECONCILE_STALE_AFTER_SECONDS=0.
 */
withAppEnv(() => ({ RECONCILE_STALE_AFTER_SECONDS: "0" }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection, utils }) => {
    const db = dbConnection as unknown as Knex
    let marketplace: MarketplaceFixture
    let admin: { headers: { authorization: string } }

    const reconcile = () => runReconcile(api, admin)

    beforeAll(async () => {
      marketplace = await createMarketplace(getContainer())
      admin = await createAdminSession(getContainer(), api)
    })

    it("refuses callers who are not admins", async () => {
      const answer = await api
        .post("/admin/reconcile", {}, marketplace.store)
        .catch(
          (error: { response: unknown }) => error.response as { status: number }
        )
      expect(answer.status).toBe(401)
      const bad = await api
        .post("/admin/reconcile", { force: true }, admin)
        .catch(
          (error: { response: unknown }) => error.response as { status: number }
        )
      expect(bad.status).toBe(400)
    })

    it("completes a paid cart without a group, books a group missing its commission and ledger, settles a pending payout; a second run changes nothing", async () => {
      const container = getContainer()
      // 1. A cart whose payment was authorized but whose checkout never ran to the end.
      const cart = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        email: "paid-no-group@example.test",
      })
      const payment = container.resolve(Modules.PAYMENT)
      const [collection] = await payment.listPaymentCollections(
        { id: cart.payment_collection!.id },
        { relations: ["payment_sessions"] }
      )
      await payment.authorizePaymentSession(
        collection.payment_sessions![0].id,
        {}
      )

      // 2. A whole checkout, captured, whose commission lines and ledger entries were lost.
      const booked = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        email: "booked@example.test",
      })
      const {
        data: { order_group: group },
      } = await api.post(
        `/store/carts/${booked.id}/complete`,
        {},
        marketplace.store
      )
      await settleBackgroundWork(utils)
      await api.post(`/admin/order-groups/${group.id}/capture`, {}, admin)
      const orderIds = group.orders.map((order: { id: string }) => order.id)
      const booksOf = async () =>
        (
          await db.raw(
            `select (select count(*)::int from commission_line where order_id = any(?) and deleted_at is null) as lines,
                    (select count(*)::int from ledger_entry where reference = any(?) and deleted_at is null) as entries`,
            [orderIds, orderIds]
          )
        ).rows[0] as { lines: number; entries: number }
      const whole = await booksOf()
      expect(whole.lines).toBeGreaterThan(0)
      expect(whole.entries).toBe(orderIds.length * 2)
      await db.raw(`delete from commission_line where order_id = any(?)`, [
        orderIds,
      ])
      await db.raw(`delete from ledger_entry where reference = any(?)`, [
        orderIds,
      ])

      // 3. A payout whose run died right after reserving the funds (pending, never sent).
      const seller = marketplace.sellers[0]
      await creditLedger(container, seller.id, [{ amount: "30.00" }])
      const before = await ledgerSums(container, seller.id)
      const pending = await payoutService(container).createPayoutWithEntry({
        seller_id: seller.id,
        currency_code: "eur",
        amount: before.payable,
        provider: "manual",
      })

      const first = await reconcile()
      const repairs = first.repaired.map(({ kind, id, action }) => ({
        kind,
        id,
        action,
      }))
      expect(repairs).toEqual(
        expect.arrayContaining([
          { kind: "checkout", id: cart.id, action: "completed" },
          { kind: "order_group", id: group.id, action: "books_completed" },
          { kind: "payout", id: pending.id, action: "failed" },
        ])
      )
      expect(first.unrepaired).toEqual([])
      expect(first.counts).toEqual({
        found: first.repaired.length,
        repaired: first.repaired.length,
        unrepaired: 0,
        deferred: 0,
      })

      // The paid cart: one group, one order per seller, totals summing to the cart's.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data: groups } = await query.graph({
        entity: "order_group",
        fields: ["id", "total", "orders.total", "orders.seller.id"],
        filters: { cart_id: cart.id },
      })
      expect(groups).toHaveLength(1)
      const orders = (
        groups[0] as unknown as {
          orders: { total: number; seller: { id: string } }[]
        }
      ).orders
      expect(orders.map((order) => order.seller.id).sort()).toEqual(
        marketplace.sellers.map((s) => s.id).sort()
      )
      expect(
        orders.reduce((sum, order) => sum + Number(order.total), 0)
      ).toBeCloseTo(Number(cart.total), 6)

      // The group's books as they were, once.
      expect(await booksOf()).toEqual(whole)
      // The payout failed and its reservation is released.
      const settled = await payoutService(container).retrievePayout(pending.id)
      expect(settled.status).toBe("failed")
      expect((await ledgerSums(container, seller.id)).payable).toBe(
        before.payable
      )

      // The completed cart's order.placed subscribers (commission) have run.
      await settleBackgroundWork(utils)
      const second = await reconcile()
      expect(second.counts).toEqual({
        found: 0,
        repaired: 0,
        unrepaired: 0,
        deferred: 0,
      })
    })

    it("cancels the payment of a paid cart that can no longer be completed and emails the customer once", async () => {
      const container = getContainer()
      const cart = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        email: "unplaceable@example.test",
      })
      const payment = container.resolve(Modules.PAYMENT)
      const [collection] = await payment.listPaymentCollections(
        { id: cart.payment_collection!.id },
        { relations: ["payment_sessions"] }
      )
      const authorized = await payment.authorizePaymentSession(
        collection.payment_sessions![0].id,
        {}
      )
      // A seller of the cart closes before the checkout could be finished.
      await api.post(
        `/admin/sellers/${marketplace.sellers[1].id}/suspend`,
        { reason: "Closed for the test" },
        admin
      )

      const report = await reconcile()
      expect(report.repaired).toEqual([
        expect.objectContaining({
          kind: "checkout",
          id: cart.id,
          action: "payment_canceled",
          problem: expect.stringContaining("suspended"),
        }),
      ])
      const [canceled] = await payment.listPayments({ id: authorized!.id })
      expect(canceled.canceled_at).toBeTruthy()
      expect(
        await db.raw(
          `select count(*)::int as n from order_group where cart_id = ?`,
          [cart.id]
        )
      ).toEqual(expect.objectContaining({ rows: [{ n: 0 }] }))
      const emails = await listNotifications(container, {
        template: "checkout.canceled",
        resource_id: cart.id,
      })
      expect(emails.map((email) => [email.to, email.channel])).toEqual([
        ["unplaceable@example.test", "email"],
      ])

      expect((await reconcile()).counts.found).toBe(0)
      expect(
        await listNotifications(container, {
          template: "checkout.canceled",
          resource_id: cart.id,
        })
      ).toHaveLength(1)
    })
  },
})
