import type { IEventBusModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { TestEventUtils } from "@medusajs/test-utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosResponse } from "axios"
import BigNumber from "bignumber.js"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import {
  createMarketplace,
  MarketplaceFixture,
} from "../utils/marketplace-builder"
import { readableHttpErrors } from "../utils/http"
import { ledgerSums } from "../utils/payouts"
import { Headers } from "../utils/sellers"
import { createReadyCart, linesOf, readCart } from "../utils/store-cart"
import {
  enableStripeInRegion,
  intentCalls,
  postStripeWebhook,
  startStripePayment,
  stripePaymentEnv,
} from "../utils/stripe-payments"
import { FakeStripe, TEST_CARDS } from "../utils/stripe-server"

jest.setTimeout(180 * 1000)

const stripe = new FakeStripe("whsec_test_payments")

withAppEnv(async () => {
  await stripe.start()
  return stripePaymentEnv(stripe)
})
afterAll(() => stripe.stop())

type Complete = {
  type: "order_group" | "cart"
  order_group?: {
    id: string
    orders: { id: string; seller_id: string; total: number }[]
  }
  cart?: { id: string; completed_at: string | null }
  error?: { type: string; message: string }
}

const cents = (amount: BigNumber.Value) =>
  new BigNumber(amount).multipliedBy(100).integerValue(BigNumber.ROUND_HALF_UP)

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: ({ api, getContainer, dbConnection }) => {
    let marketplace: MarketplaceFixture
    let admin: Headers

    beforeAll(async () => {
      readableHttpErrors(api)
      const container = getContainer()
      marketplace = await createMarketplace(container)
      await enableStripeInRegion(container, marketplace.regionId)
      admin = await createAdminSession(container, api)
    })

    /** A three-seller cart paying with Stripe: its PaymentIntent, not confirmed yet. */
    async function stripeCart(email = "ada@example.test") {
      const cart = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller, 1)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        promoCode: marketplace.promoCode,
        email,
      })
      const payment = await startStripePayment(api, cart.id, marketplace.store)
      return { cart, ...payment }
    }
    const complete = (cartId: string): Promise<AxiosResponse<Complete>> =>
      api.post(`/store/carts/${cartId}/complete`, {}, marketplace.store)
    const groupsOf = async (cartId: string): Promise<string[]> =>
      (
        await dbConnection.raw(
          `select id from order_group where cart_id = ? and deleted_at is null`,
          [cartId]
        )
      ).rows.map((row: { id: string }) => row.id)
    const paymentsOf = async (collectionId: string) => {
      const [collection] = await getContainer()
        .resolve(Modules.PAYMENT)
        .listPaymentCollections(
          { id: collectionId },
          { relations: ["payments"] }
        )
      return collection.payments ?? []
    }

    /** No group, no order of the cart, no payment; the cart can still be completed. */
    async function expectNothingPlaced(cartId: string, collectionId: string) {
      expect(await groupsOf(cartId)).toEqual([])
      const orders = await dbConnection.raw(
        `select count(*)::int as n from order_cart where cart_id = ? and deleted_at is null`,
        [cartId]
      )
      expect(orders.rows[0].n).toBe(0)
      expect(await paymentsOf(collectionId)).toHaveLength(0)
      expect((await readCart(api, marketplace, cartId)).completed_at).toBeNull()
    }

    it("authorizes one PaymentIntent for a three-seller checkout; the group capture captures it once and the ledger is exact", async () => {
      const container = getContainer()
      const { cart, intentId } = await stripeCart()
      const intent = stripe.intent(intentId)
      expect(intent).toMatchObject({
        amount: cents(cart.total).toNumber(),
        currency: "eur",
        capture_method: "manual",
      })
      expect(intent.metadata.session_id).toEqual(expect.any(String))

      await stripe.confirm(intentId, TEST_CARDS.visa)
      const { data } = await complete(cart.id)
      expect(data.type).toBe("order_group")
      expect(data.order_group!.orders).toHaveLength(3)
      expect(stripe.intent(intentId).status).toBe("requires_capture")
      // The cart's only PaymentIntent: every seller's order is paid by it.
      expect(stripe.calls("POST", /^\/v1\/payment_intents$/)).toHaveLength(1)

      const captures = await Promise.all(
        Array.from({ length: 3 }, () =>
          api
            .post(
              `/admin/order-groups/${data.order_group!.id}/capture`,
              {},
              admin
            )
            .then(
              (response: AxiosResponse) => response.status,
              (error: { response: AxiosResponse }) => error.response.status
            )
        )
      )
      expect(captures.filter((status) => status !== 409)).toContain(200)
      expect(captures.every((status) => [200, 409].includes(status))).toBe(true)
      expect(intentCalls(stripe, intentId).captures).toHaveLength(1)
      expect(stripe.intent(intentId)).toMatchObject({
        status: "succeeded",
        amount_received: cents(cart.total).toNumber(),
      })

      // Each seller's sale is its order's total in cents; together exactly what Stripe took.
      let sales = new BigNumber(0)
      for (const seller of marketplace.sellers) {
        const order = data.order_group!.orders.find(
          (candidate) => candidate.seller_id === seller.id
        )!
        const { entries } = await ledgerSums(container, seller.id)
        const sale = entries.find((entry) => entry.type === "sale")!
        expect(sale.reference).toBe(order.id)
        sales = sales.plus(
          (sale.raw_amount as unknown as { value: string }).value
        )
      }
      expect(cents(sales).toNumber()).toBe(
        stripe.intent(intentId).amount_received
      )
    })

    it("refunds one seller's order on Stripe by exactly that amount and reverses only that seller's entries", async () => {
      const container = getContainer()
      const { cart, intentId } = await stripeCart("refund@example.test")
      await stripe.confirm(intentId, TEST_CARDS.visa)
      const { data } = await complete(cart.id)
      const groupId = data.order_group!.id
      await api.post(`/admin/order-groups/${groupId}/capture`, {}, admin)
      const [alpha, beta] = marketplace.sellers
      const betaOrder = data.order_group!.orders.find(
        (order) => order.seller_id === beta.id
      )!
      const alphaBefore = await ledgerSums(container, alpha.id)
      const betaBefore = await ledgerSums(container, beta.id)

      const { data: refunded } = await api.post(
        `/admin/order-groups/${groupId}/refunds`,
        { order_id: betaOrder.id, amount: 5.55 },
        admin
      )
      expect(refunded.refund).toMatchObject({
        order_id: betaOrder.id,
        amount: 5.55,
      })
      expect(intentCalls(stripe, intentId).refunds).toEqual([
        expect.objectContaining({ amount: 555, payment_intent: intentId }),
      ])

      const betaAfter = await ledgerSums(container, beta.id)
      const reference = `${betaOrder.id}/${refunded.refund.id}`
      const added = betaAfter.entries.filter(
        (entry) => entry.reference === reference
      )
      expect(added.map((entry) => entry.type).sort()).toEqual([
        "commission_reversal",
        "refund",
      ])
      const refundEntry = added.find((entry) => entry.type === "refund")!
      expect(
        (refundEntry.raw_amount as unknown as { value: string }).value
      ).toBe("-5.55")
      expect(betaAfter.entries).toHaveLength(betaBefore.entries.length + 2)
      expect((await ledgerSums(container, alpha.id)).total).toBe(
        alphaBefore.total
      )
    })

    it("yields one order group whether the webhook comes before, during or after the storefront's complete", async () => {
      for (const timing of ["before", "during", "after"] as const) {
        const { cart, intentId } = await stripeCart(`${timing}@example.test`)
        await stripe.confirm(intentId, TEST_CARDS.visa)
        const webhook = () =>
          postStripeWebhook(
            api,
            stripe.event("payment_intent.amount_capturable_updated", intentId)
          )

        let answers: AxiosResponse[]
        if (timing === "before") {
          answers = [await webhook(), await complete(cart.id)]
        } else if (timing === "during") {
          answers = await Promise.all([
            complete(cart.id),
            webhook(),
            complete(cart.id),
            webhook(),
          ])
        } else {
          answers = [await complete(cart.id), await webhook()]
        }

        const groups = await groupsOf(cart.id)
        expect({ timing, groups: groups.length }).toEqual({
          timing,
          groups: 1,
        })
        for (const answer of answers) {
          expect({ timing, status: answer.status }).toEqual({
            timing,
            status: 200,
          })
          const groupId =
            answer.data.order_group?.id ?? answer.data.order_group_id
          expect(groupId).toBe(groups[0])
        }
        expect(await paymentsOf(cart.payment_collection!.id)).toHaveLength(1)
        expect(intentCalls(stripe, intentId).captures).toHaveLength(0)
      }
    })

    it("ignores a replayed webhook and refuses a badly signed one with a 400", async () => {
      const { cart, intentId } = await stripeCart("replay@example.test")
      await stripe.confirm(intentId, TEST_CARDS.visa)

      const forged = stripe.event(
        "payment_intent.amount_capturable_updated",
        intentId,
        "whsec_not_the_secret"
      )
      const refused = await postStripeWebhook(api, forged)
      expect(refused.status).toBe(400)
      expect(refused.data).toMatchObject({
        type: "invalid_data",
        message: expect.stringContaining("Webhook Error"),
      })
      const tampered = stripe.event(
        "payment_intent.amount_capturable_updated",
        intentId
      )
      const changed = await postStripeWebhook(api, {
        body: tampered.body.replace('"livemode":false', '"livemode":true'),
        headers: tampered.headers,
      })
      expect(changed.status).toBe(400)
      await expectNothingPlaced(cart.id, cart.payment_collection!.id)

      const event = stripe.event(
        "payment_intent.amount_capturable_updated",
        intentId
      )
      const first = await postStripeWebhook(api, event)
      expect(first.data).toMatchObject({ result: "order_group" })
      const [groupId] = await groupsOf(cart.id)
      const callsBefore = stripe.server.requests.length
      for (let replay = 0; replay < 3; replay += 1) {
        const again = await postStripeWebhook(api, event)
        expect(again.status).toBe(200)
        expect(again.data).toEqual({
          received: true,
          result: "order_group",
          order_group_id: groupId,
        })
      }
      expect(await groupsOf(cart.id)).toEqual([groupId])
      expect(await paymentsOf(cart.payment_collection!.id)).toHaveLength(1)
      // A replay reads nothing new at Stripe and moves no money.
      expect(
        stripe.server.requests
          .slice(callsBefore)
          .filter((request) => request.method === "POST")
      ).toEqual([])
    })

    it("leaves no order group after a declined card or a 3-D Secure challenge, and completes once the customer paid", async () => {
      const { cart, intentId } = await stripeCart("declined@example.test")
      const collectionId = cart.payment_collection!.id

      const declined = await stripe.confirm(intentId, TEST_CARDS.declined)
      expect(declined.status).toBe(402)
      const failedWebhook = await postStripeWebhook(
        api,
        stripe.event("payment_intent.payment_failed", intentId)
      )
      expect(failedWebhook.data).toMatchObject({ result: "ignored" })
      const afterDecline = await complete(cart.id)
      expect(afterDecline.status).toBe(200)
      expect(afterDecline.data).toMatchObject({
        type: "cart",
        cart: { id: cart.id },
        error: { type: "payment_authorization_error" },
      })
      await expectNothingPlaced(cart.id, collectionId)

      // Medusa marks the declined session `error`: the storefront starts a new one (a new
      // intent; the declined one is canceled) and the customer uses a card that needs 3-D Secure.
      const retry = await startStripePayment(api, cart.id, marketplace.store)
      expect(retry.intentId).not.toBe(intentId)
      expect(stripe.intent(intentId).status).toBe("canceled")
      await stripe.confirm(retry.intentId, TEST_CARDS.threeDSecure)
      const challenged = await complete(cart.id)
      expect(challenged.status).toBe(200)
      expect(challenged.data).toMatchObject({
        type: "cart",
        cart: { id: cart.id },
        error: { type: "payment_requires_more_error" },
      })
      await expectNothingPlaced(cart.id, collectionId)

      stripe.completeAction(retry.intentId)
      const paid = await complete(cart.id)
      expect(paid.data.type).toBe("order_group")
      expect(await groupsOf(cart.id)).toEqual([paid.data.order_group!.id])
    })

    it("cancels the PaymentIntent when every order of the group is canceled before the capture", async () => {
      const container = getContainer()
      const { cart, intentId } = await stripeCart("cancel@example.test")
      await stripe.confirm(intentId, TEST_CARDS.visa)
      const { data } = await complete(cart.id)
      const orders = data.order_group!.orders
      const eventBus = container.resolve<IEventBusModuleService>(
        Modules.EVENT_BUS
      )

      for (const [index, order] of orders.entries()) {
        const handled = TestEventUtils.waitSubscribersExecution(
          "order.canceled",
          eventBus,
          { timeout: 30000 }
        )
        await api.post(`/admin/orders/${order.id}/cancel`, {}, admin)
        await handled
        const last = index === orders.length - 1
        expect(intentCalls(stripe, intentId).cancels).toHaveLength(last ? 1 : 0)
      }
      expect(stripe.intent(intentId).status).toBe("canceled")
      const [payment] = await paymentsOf(cart.payment_collection!.id)
      expect(payment.canceled_at).toBeTruthy()
    })

    it("books a payment captured at authorization (automatic capture) per seller order once", async () => {
      const container = getContainer()
      const cart = await createReadyCart(api, marketplace, {
        lines: marketplace.sellers.flatMap((seller) => linesOf(seller, 1)),
        shippingOptionIds: marketplace.sellers.map(
          (seller) => seller.shippingOptionId
        ),
        email: "automatic@example.test",
      })
      const { intentId } = await startAutomaticStripePayment(cart.id)
      await stripe.confirm(intentId, TEST_CARDS.visa)
      expect(stripe.intent(intentId).status).toBe("succeeded")

      const eventBus = container.resolve<IEventBusModuleService>(
        Modules.EVENT_BUS
      )
      const booked = TestEventUtils.waitSubscribersExecution(
        "order_group.placed",
        eventBus,
        { timeout: 30000 }
      )
      const succeeded = stripe.event("payment_intent.succeeded", intentId)
      const [{ data }, webhook] = await Promise.all([
        complete(cart.id),
        postStripeWebhook(api, succeeded),
      ])
      await booked
      // A webhook that arrives while the storefront's complete still runs is told 409 and,
      // as Stripe does, delivered again: which of the two comes first is up to the machine.
      expect([200, 409]).toContain(webhook.status)
      const delivered =
        webhook.status === 409
          ? await postStripeWebhook(api, succeeded)
          : webhook
      expect(delivered.status).toBe(200)
      const groupId = data.order_group!.id
      expect(await groupsOf(cart.id)).toEqual([groupId])
      expect(intentCalls(stripe, intentId).captures).toHaveLength(0)

      const sales = await Promise.all(
        marketplace.sellers.map(async (seller) => {
          const { entries } = await ledgerSums(container, seller.id)
          return entries.filter(
            (entry) =>
              entry.type === "sale" &&
              data.order_group!.orders.some(
                (order) => order.id === entry.reference
              )
          )
        })
      )
      expect(sales.map((entries) => entries.length)).toEqual([1, 1, 1])
      const total = sales
        .flat()
        .reduce(
          (sum, entry) =>
            sum.plus((entry.raw_amount as unknown as { value: string }).value),
          new BigNumber(0)
        )
      expect(cents(total).toNumber()).toBe(
        stripe.intent(intentId).amount_received
      )
    })

    /** A Stripe session whose intent is captured when confirmed (STRIPE_PAYMENT_CAPTURE=automatic). */
    async function startAutomaticStripePayment(cartId: string) {
      const {
        data: { payment_collection },
      } = await api.post(
        "/store/payment-collections",
        { cart_id: cartId },
        marketplace.store
      )
      const { data } = await api.post(
        `/store/payment-collections/${payment_collection.id}/payment-sessions`,
        {
          provider_id: "pp_stripe_stripe",
          data: { capture_method: "automatic" },
        },
        marketplace.store
      )
      return { intentId: data.payment_collection.payment_sessions[0].data.id }
    }
  },
})
