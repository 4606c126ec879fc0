import type {
  IEventBusModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosError } from "axios"
import BigNumber from "bignumber.js"
import {
  COMMISSION_MODULE,
  CommissionModuleService,
} from "../../src/modules/commission"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import { createReadyCart, linesOf } from "../utils/store-cart"
import { ownerLogin } from "../utils/seller-login"
import type { Headers } from "../utils/sellers"

jest.setTimeout(180 * 1000)

type Line = {
  order_id: string
  reference_id: string
  target: string
  fee_type: string
  amount: number
  rule_id: string
}

const round2 = (value: BigNumber.Value) =>
  new BigNumber(value).decimalPlaces(2, BigNumber.ROUND_HALF_UP)

/** Net (excl. tax, after discounts) amounts of an order's items and shipping, from Medusa itself. */
async function orderNetAmounts(container: MedusaContainer, orderId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "total",
      "items.id",
      "items.total",
      "items.tax_total",
      "shipping_methods.id",
      "shipping_methods.total",
      "shipping_methods.tax_total",
    ],
    filters: { id: orderId },
  })
  type Line = { id: string; total: unknown; tax_total: unknown }
  const net = (line: Line) =>
    new BigNumber(String(line.total)).minus(String(line.tax_total))
  const { items, shipping_methods } = order as {
    items: Line[]
    shipping_methods: Line[]
  }
  return {
    items: items.map((item) => ({ id: item.id, net: net(item) })),
    shipping: shipping_methods.map((method) => ({
      id: method.id,
      net: net(method),
    })),
  }
}

function waitForCommission(container: MedusaContainer, count: number) {
  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  return TestEventUtils.waitSubscribersExecution(
    "commission.calculated",
    eventBus,
    {
      triggerCount: count,
      timeout: 30000,
    }
  )
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: { headers: { authorization: string } }
    let marketplace: MarketplaceFixture

    beforeAll(async () => {
      admin = await createAdminSession(getContainer(), api)
      marketplace = await createMarketplace(getContainer())
    })

    /** A cart of every seller's product, completed once each order's commission is written. */
    const completeEverySellerCart = async (
      quantity: number,
      promoCode?: string
    ) => {
      const cart = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) =>
          linesOf(seller, quantity)
        ),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        promoCode,
      })
      const calculated = waitForCommission(
        getContainer(),
        marketplace.sellers.length
      )
      const { data } = await api.post(
        `/store/carts/${cart.id}/complete`,
        {},
        marketplace.store
      )
      await calculated
      return { cart, data }
    }

    describe("/admin/commission-rules", () => {
      it("lists the default rule created on first start", async () => {
        const { data } = await api.get("/admin/commission-rules", admin)
        expect(data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(data.commission_rules[0]).toMatchObject({
          id: "crule_default",
          kind: "percentage",
          value: 10,
          fee_type: "sales",
          target: "item",
          seller_id: null,
        })
      })

      it("creates, updates and deletes rules, refusing unusable ones with a 400", async () => {
        const { data: created, status } = await api.post(
          "/admin/commission-rules",
          {
            kind: "flat",
            value: 0.5,
            currency_code: "EUR",
            fee_type: "platform",
            target: "order",
          },
          admin
        )
        expect(status).toBe(201)
        expect(created.commission_rule).toMatchObject({
          kind: "flat",
          value: 0.5,
          currency_code: "eur",
          active: true,
        })
        const id = created.commission_rule.id

        const problems: [Record<string, unknown>, string][] = [
          [{ kind: "flat", value: 1 }, "A flat rule needs a currency_code"],
          [
            { kind: "percentage", value: 150 },
            "A percentage rule's value must be between 0 and 100",
          ],
          [
            { kind: "percentage", value: 5, min_amount: 1 },
            "min_amount and max_amount need a currency_code",
          ],
          [
            {
              kind: "percentage",
              value: 5,
              currency_code: "eur",
              min_amount: 3,
              max_amount: 2,
            },
            "min_amount cannot be greater than max_amount",
          ],
        ]
        for (const [body, message] of problems) {
          const response = await failure(
            api.post("/admin/commission-rules", body, admin)
          )
          expect({ status: response.status, body: response.data }).toEqual({
            status: 400,
            body: { type: "invalid_data", message },
          })
        }
        const unknownField = await failure(
          api.post(
            "/admin/commission-rules",
            { kind: "flat", value: 1, currency_code: "eur", amount: 3 },
            admin
          )
        )
        expect(unknownField.status).toBe(400)
        expect(unknownField.data.type).toBe("invalid_data")

        const mergedProblem = await failure(
          api.post(
            `/admin/commission-rules/${id}`,
            { currency_code: null },
            admin
          )
        )
        expect(mergedProblem.data).toEqual({
          type: "invalid_data",
          message: "A flat rule needs a currency_code",
        })

        const { data: updated } = await api.post(
          `/admin/commission-rules/${id}`,
          { value: 0.75, active: false },
          admin
        )
        expect(updated.commission_rule).toMatchObject({
          value: 0.75,
          active: false,
        })

        const { data: deleted } = await api.delete(
          `/admin/commission-rules/${id}`,
          admin
        )
        expect(deleted).toEqual({
          id,
          object: "commission_rule",
          deleted: true,
        })
        expect(
          (await failure(api.get(`/admin/commission-rules/${id}`, admin)))
            .status
        ).toBe(404)
        expect(
          (await failure(api.delete(`/admin/commission-rules/${id}`, admin)))
            .status
        ).toBe(404)
      })

      it("is for admins only", async () => {
        expect((await failure(api.get("/admin/commission-rules"))).status).toBe(
          401
        )
      })
    })

    describe("commission on checkout", () => {
      it("computes one line per item, shipping method and order fee with the most specific rule, idempotently", async () => {
        const container = getContainer()
        const [alpha, beta] = marketplace.sellers
        await api.post(
          "/admin/commission-rules",
          { seller_id: alpha.id, kind: "percentage", value: 15 },
          admin
        )
        await api.post(
          "/admin/commission-rules",
          { kind: "percentage", value: 5, target: "shipping" },
          admin
        )
        await api.post(
          "/admin/commission-rules",
          {
            kind: "flat",
            value: 0.5,
            currency_code: "eur",
            fee_type: "platform",
            target: "order",
          },
          admin
        )

        const { data } = await completeEverySellerCart(2, marketplace.promoCode)
        const orders: { id: string; seller_id: string }[] =
          data.order_group.orders

        const alphaLogin = await ownerLogin(
          api,
          container,
          alpha.id,
          "owner@alpha.test"
        )
        const betaLogin = await ownerLogin(
          api,
          container,
          beta.id,
          "owner@beta.test"
        )

        for (const order of orders) {
          const seller = marketplace.sellers.find(
            (candidate) => candidate.id === order.seller_id
          )!
          const login: Headers | undefined =
            seller === alpha
              ? alphaLogin
              : seller === beta
                ? betaLogin
                : undefined
          const rate = seller === alpha ? 15 : 10
          const net = await orderNetAmounts(container, order.id)
          const expected = [
            ...net.items.map((item) => [
              "item",
              item.id,
              "sales",
              round2(item.net.times(rate).div(100)).toNumber(),
            ]),
            ...net.shipping.map((method) => [
              "shipping",
              method.id,
              "sales",
              round2(method.net.times(5).div(100)).toNumber(),
            ]),
            ["order", order.id, "platform", 0.5],
          ]
          if (!login) {
            continue
          }
          const { data: own } = await api.get("/vendor/commission-lines", {
            ...login,
            params: { order_id: order.id },
          })
          expect(own.count).toBe(expected.length)
          expect(
            own.commission_lines
              .map((line: Line) => [
                line.target,
                line.reference_id,
                line.fee_type,
                line.amount,
              ])
              .sort()
          ).toEqual([...expected].sort())
          const { data: detail } = await api.get(
            `/vendor/orders/${order.id}`,
            login
          )
          expect(
            detail.order.commission_lines
              .map((line: Line) => line.amount)
              .sort()
          ).toEqual(
            own.commission_lines.map((line: Line) => line.amount).sort()
          )
        }

        // Another seller filtering on alpha's order sees nothing of it.
        const alphaOrder = orders.find((order) => order.seller_id === alpha.id)!
        const { data: foreign } = await api.get("/vendor/commission-lines", {
          ...betaLogin,
          params: { order_id: alphaOrder.id },
        })
        expect(foreign).toEqual({
          commission_lines: [],
          count: 0,
          limit: 20,
          offset: 0,
        })
        expect(
          (
            await failure(
              api.get("/vendor/commission-lines", {
                ...betaLogin,
                params: { seller_id: alpha.id },
              })
            )
          ).status
        ).toBe(400)

        // A redelivered order.placed replaces the lines: same set, never more.
        const before = (
          await api.get("/vendor/commission-lines", {
            ...alphaLogin,
            params: { order_id: alphaOrder.id },
          })
        ).data
        const recalculated = waitForCommission(container, 2)
        const eventBus = container.resolve<IEventBusModuleService>(
          Modules.EVENT_BUS
        )
        await eventBus.emit([
          { name: "order.placed", data: { id: alphaOrder.id } },
          { name: "order.placed", data: { id: alphaOrder.id } },
        ])
        await recalculated
        const after = (
          await api.get("/vendor/commission-lines", {
            ...alphaLogin,
            params: { order_id: alphaOrder.id },
          })
        ).data
        expect(after.count).toBe(before.count)
        const summary = (lines: Line[]) =>
          lines
            .map(
              (line) => `${line.reference_id}:${line.fee_type}:${line.amount}`
            )
            .sort()
        expect(summary(after.commission_lines)).toEqual(
          summary(before.commission_lines)
        )
      })
    })

    describe("capture and the seller ledger", () => {
      it("books a sale and the commission per order once, however often capture is called", async () => {
        const container = getContainer()
        const [alpha, beta] = marketplace.sellers
        const { cart, data } = await completeEverySellerCart(1)
        const groupId: string = data.order_group.id
        const orders: { id: string; seller_id: string; total: number }[] =
          data.order_group.orders

        const captures = await Promise.all(
          Array.from({ length: 5 }, () =>
            api
              .post(`/admin/order-groups/${groupId}/capture`, {}, admin)
              .catch((error: AxiosError) => error.response!)
          )
        )
        expect(
          captures
            .map((response) => response.status)
            .filter((status) => status !== 200 && status !== 409)
        ).toEqual([])
        const { data: again } = await api.post(
          `/admin/order-groups/${groupId}/capture`,
          {},
          admin
        )
        expect(again.order_group.payment_collection.captured_amount).toBe(
          cart.total
        )
        expect(again.order_group.orders).toHaveLength(3)

        const alphaLogin = await ownerLogin(
          api,
          container,
          alpha.id,
          "owner@alpha-ledger.test"
        )
        const betaLogin = await ownerLogin(
          api,
          container,
          beta.id,
          "owner@beta-ledger.test"
        )
        const alphaOrder = orders.find((order) => order.seller_id === alpha.id)!
        const { data: lines } = await api.get("/vendor/commission-lines", {
          ...alphaLogin,
          params: { order_id: alphaOrder.id },
        })
        const owed = lines.commission_lines.reduce(
          (sum: BigNumber, line: Line) => sum.plus(line.amount),
          new BigNumber(0)
        )

        // Every order is paid its total in cents; the rounded capture is split exactly.
        const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
        const sales = await payouts.listLedgerEntries({
          type: "sale",
          reference: orders.map((order) => order.id),
        })
        expect(sales).toHaveLength(3)
        const paid = Object.fromEntries(
          sales.map((entry) => [entry.reference, new BigNumber(entry.amount)])
        )
        const sumOfSales = Object.values(paid).reduce(
          (sum, amount) => sum.plus(amount),
          new BigNumber(0)
        )
        expect(sumOfSales.toFixed()).toBe(round2(cart.total).toFixed())
        const largest = [...orders].sort((a, b) => b.total - a.total)[0]
        for (const order of orders.filter((order) => order !== largest)) {
          expect(paid[order.id].toFixed()).toBe(round2(order.total).toFixed())
        }

        const { data: ledger } = await api.get("/vendor/ledger", alphaLogin)
        expect(ledger.count).toBe(2)
        expect(
          ledger.ledger_entries
            .map(
              (entry: { type: string; amount: number; reference: string }) => [
                entry.type,
                entry.amount,
                entry.reference,
              ]
            )
            .sort()
        ).toEqual(
          [
            ["commission", owed.negated().toNumber(), alphaOrder.id],
            ["sale", paid[alphaOrder.id].toNumber(), alphaOrder.id],
          ].sort()
        )

        const { data: balance } = await api.get("/vendor/balance", alphaLogin)
        const total = paid[alphaOrder.id].minus(owed).toFixed()
        // Credits are held PAYOUT_HOLD_DAYS (7) before they are payable.
        expect(balance).toEqual({
          balances: [
            { currency_code: "eur", total, payable: "0", pending: total },
          ],
        })

        const { data: foreign } = await api.get("/vendor/ledger", {
          ...betaLogin,
          params: { reference: alphaOrder.id },
        })
        expect(foreign).toEqual({
          ledger_entries: [],
          count: 0,
          limit: 20,
          offset: 0,
        })
        expect(
          (
            await failure(
              api.get("/vendor/ledger", {
                ...betaLogin,
                params: { seller_id: alpha.id },
              })
            )
          ).status
        ).toBe(400)
        expect(
          (
            await failure(
              api.post(`/admin/order-groups/ogrp_missing/capture`, {}, admin)
            )
          ).status
        ).toBe(404)

        // A partial refund of alpha's order gives back the commission in proportion.
        const { data: refunded } = await api.post(
          `/admin/order-groups/${groupId}/refunds`,
          { order_id: alphaOrder.id, amount: 10 },
          admin
        )
        expect(refunded.refund).toMatchObject({
          order_id: alphaOrder.id,
          amount: 10,
        })
        const reversal = round2(
          owed.times(10).div(paid[alphaOrder.id])
        ).toNumber()
        const { data: afterRefund } = await api.get("/vendor/ledger", {
          ...alphaLogin,
          params: { type: ["refund", "commission_reversal"] },
        })
        expect(
          afterRefund.ledger_entries
            .map((entry: { type: string; amount: number }) => [
              entry.type,
              entry.amount,
            ])
            .sort()
        ).toEqual(
          [
            ["commission_reversal", reversal],
            ["refund", -10],
          ].sort()
        )
        const tooMuch = await failure(
          api.post(
            `/admin/order-groups/${groupId}/refunds`,
            { order_id: alphaOrder.id, amount: paid[alphaOrder.id].toNumber() },
            admin
          )
        )
        expect(tooMuch.status).toBe(400)
        expect(tooMuch.data).toEqual({
          type: "invalid_data",
          message: `Order ${alphaOrder.id} has ${paid[alphaOrder.id].minus(10).toFixed()} eur left to refund`,
        })
        const notInGroup = await failure(
          api.post(
            `/admin/order-groups/${groupId}/refunds`,
            { order_id: "order_elsewhere" },
            admin
          )
        )
        expect(notInGroup.status).toBe(404)

        // Canceling a captured order refunds what is left of it and reverses its commission.
        const betaOrder = orders.find((order) => order.seller_id === beta.id)!
        const eventBus = container.resolve<IEventBusModuleService>(
          Modules.EVENT_BUS
        )
        const canceled = TestEventUtils.waitSubscribersExecution(
          "order.canceled",
          eventBus,
          { timeout: 30000 }
        )
        await api.post(`/admin/orders/${betaOrder.id}/cancel`, {}, admin)
        await canceled
        const { data: betaBalance } = await api.get(
          "/vendor/balance",
          betaLogin
        )
        expect(betaBalance).toEqual({
          balances: [
            { currency_code: "eur", total: "0", payable: "0", pending: "0" },
          ],
        })
        // The canceled order's commission lines were recomputed: a canceled order earns nothing.
        const { data: betaLines } = await api.get("/vendor/commission-lines", {
          ...betaLogin,
          params: { order_id: betaOrder.id },
        })
        expect(betaLines.count).toBe(0)
        expect((await failure(api.get("/vendor/balance"))).status).toBe(401)
      })

      it("captures and books only the orders left after one of the group is canceled, once", async () => {
        const container = getContainer()
        const { cart, data } = await completeEverySellerCart(
          1,
          marketplace.promoCode
        )
        const groupId: string = data.order_group.id
        const orders: { id: string; total: number }[] = data.order_group.orders
        const ids = orders.map((order) => order.id)
        // The smallest is canceled: the rounding remainder stays with a live order.
        const [canceled, ...live] = [...orders].sort(
          (a, b) => a.total - b.total
        )
        const eventBus = container.resolve<IEventBusModuleService>(
          Modules.EVENT_BUS
        )
        const cancel = async (orderId: string) => {
          const handled = TestEventUtils.waitSubscribersExecution(
            "order.canceled",
            eventBus,
            { timeout: 30000 }
          )
          await api.post(`/admin/orders/${orderId}/cancel`, {}, admin)
          await handled
        }
        await cancel(canceled.id)

        const expected = round2(cart.total).minus(round2(canceled.total))
        const capture = () =>
          api.post(`/admin/order-groups/${groupId}/capture`, {}, admin)
        const { data: captured } = await capture()
        expect(captured.order_group.payment_collection.captured_amount).toBe(
          expected.toNumber()
        )

        const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
        const books = async () => {
          const entries = await payouts.listLedgerEntries({ reference: ids })
          const transactions = await container
            .resolve(Modules.ORDER)
            .listOrderTransactions({ order_id: ids })
          return {
            entries: entries
              .map((entry) => [
                entry.reference,
                entry.type,
                new BigNumber(String(entry.amount)).toFixed(),
              ])
              .sort(),
            transactions: transactions
              .map((row) => [
                row.order_id,
                row.reference,
                new BigNumber(String(row.amount)).toFixed(),
              ])
              .sort(),
          }
        }
        const before = await books()
        // A sale and a commission per live order; nothing for the canceled one.
        expect(
          before.entries.map(([reference, type]) => [reference, type])
        ).toEqual(
          live
            .flatMap((order) => [
              [order.id, "commission"],
              [order.id, "sale"],
            ])
            .sort()
        )
        const sales = before.entries.filter(([, type]) => type === "sale")
        expect(before.transactions).toEqual(
          sales.map(([reference, , amount]) => [reference, "capture", amount])
        )
        expect(
          sales
            .reduce((sum, [, , amount]) => sum.plus(amount), new BigNumber(0))
            .toFixed()
        ).toBe(expected.toFixed())

        await capture()
        expect(await books()).toEqual(before)

        // The partly captured payment is not canceled with the last orders: they are refunded.
        for (const order of live) {
          await cancel(order.id)
        }
        const [{ payments }] = await container
          .resolve(Modules.PAYMENT)
          .listPaymentCollections(
            { id: captured.order_group.payment_collection.id },
            { relations: ["payments.refunds"] }
          )
        const [payment] = payments!
        expect(payment.canceled_at).toBeFalsy()
        expect(
          (payment.refunds ?? [])
            .reduce(
              (sum, refund) => sum.plus(String(refund.amount)),
              new BigNumber(0)
            )
            .toFixed()
        ).toBe(expected.toFixed())
      })

      it("charges nothing for an order canceled while the group is being captured", async () => {
        const container = getContainer()
        const { cart, data } = await completeEverySellerCart(1)
        const orders: { id: string; total: number }[] = data.order_group.orders
        const [canceled] = [...orders].sort((a, b) => a.total - b.total)
        const handled = TestEventUtils.waitSubscribersExecution(
          "order.canceled",
          container.resolve<IEventBusModuleService>(Modules.EVENT_BUS),
          { timeout: 30000 }
        )
        const [, { data: captured }] = await Promise.all([
          api.post(`/admin/orders/${canceled.id}/cancel`, {}, admin),
          api.post(
            `/admin/order-groups/${data.order_group.id}/capture`,
            {},
            admin
          ),
        ])
        await handled

        // Whichever came first: left out of the capture, or booked and then refunded.
        const [{ payments }] = await container
          .resolve(Modules.PAYMENT)
          .listPaymentCollections(
            { id: captured.order_group.payment_collection.id },
            { relations: ["payments.captures", "payments.refunds"] }
          )
        const sum = (rows: { amount: unknown }[]) =>
          rows.reduce(
            (total, row) => total.plus(String(row.amount)),
            new BigNumber(0)
          )
        const charged = sum(payments![0].captures ?? []).minus(
          sum(payments![0].refunds ?? [])
        )
        // In cents, as money moves (a whole capture records Medusa's sub-cent amount).
        expect(round2(charged).toFixed()).toBe(
          round2(cart.total).minus(round2(canceled.total)).toFixed()
        )
        const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
        const entries = [
          ...(await payouts.listLedgerEntries({ reference: canceled.id })),
          ...(await payouts.listLedgerEntries({
            reference: { $like: `${canceled.id}/%` },
          })),
        ]
        expect(sum(entries).toFixed()).toBe("0")
      })

      it("computes the commission an order does not have yet as a step of the capture", async () => {
        const container = getContainer()
        const [alpha] = marketplace.sellers
        const cart = await createReadyCart(api, marketplace, {
          lines: linesOf(alpha, 2),
          shippingOptionIds: [alpha.shippingOptionId],
        })
        const calculated = waitForCommission(container, 1)
        const { data } = await api.post(
          `/store/carts/${cart.id}/complete`,
          {},
          marketplace.store
        )
        await calculated
        const [order] = data.order_group.orders as { id: string }[]

        // As if the order.placed subscriber had not run yet.
        const commission =
          container.resolve<CommissionModuleService>(COMMISSION_MODULE)
        const written = await commission.listCommissionLines({
          order_id: order.id,
        })
        const owed = written.reduce(
          (sum, line) => sum.plus(String(line.amount)),
          new BigNumber(0)
        )
        expect(owed.gt(0)).toBe(true)
        await commission.deleteCommissionLines(written.map((line) => line.id))

        await api.post(
          `/admin/order-groups/${data.order_group.id}/capture`,
          {},
          admin
        )
        const recomputed = await commission.listCommissionLines({
          order_id: order.id,
        })
        expect(recomputed).toHaveLength(written.length)
        const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
        const [entry] = await payouts.listLedgerEntries({
          type: "commission",
          reference: order.id,
        })
        expect(new BigNumber(String(entry.amount)).toFixed()).toBe(
          owed.negated().toFixed()
        )
      })
    })
  },
})
