import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { stripeSignatureHeader } from "../../src/providers/payout-stripe-connect"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import { failure } from "../utils/http"
import {
  creditLedger,
  ledgerSums,
  memberLogin,
  payoutService,
} from "../utils/payouts"
import {
  RecordedRequest,
  RecordingServer,
  Reply,
} from "../utils/recording-server"
import {
  Headers,
  listNotifications,
  registerSeller,
  SellerAccount,
} from "../utils/sellers"
import { waitFor } from "../utils/wait-for"
import { settleBackgroundWork } from "../utils/settle"

jest.setTimeout(180 * 1000)

const API_KEY = "sk_test_marketplace"
const WEBHOOK_SECRET = "whsec_test_marketplace"

/** Stands in for the three Stripe endpoints the provider calls; transfers answer `transfers`. */
const stripe = new RecordingServer()
let transfers: (request: RecordedRequest) => Reply = (request) => ({
  status: 200,
  body: { id: `tr_${stripe.to("/v1/transfers").length}`, object: "transfer" },
})
let accountCount = 0
stripe.respond((request) => {
  if (request.path === "/v1/accounts") {
    accountCount += 1
    return {
      status: 200,
      body: {
        id: `acct_test_${accountCount}`,
        object: "account",
        country: "DE",
        payouts_enabled: false,
        details_submitted: false,
      },
    }
  }
  if (request.path === "/v1/account_links") {
    const account = new URLSearchParams(request.rawBody).get("account")
    return {
      status: 200,
      body: {
        object: "account_link",
        url: `https://connect.stripe.test/setup/${account}`,
      },
    }
  }
  if (request.path === "/v1/transfers") {
    return transfers(request)
  }
  return { status: 404, body: { error: { message: "unknown endpoint" } } }
})

withAppEnv(async () => {
  await stripe.start()
  return {
    PAYOUT_PROVIDER: "stripe-connect",
    STRIPE_API_KEY: API_KEY,
    STRIPE_API_BASE: stripe.url,
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    PAYOUT_MINIMUM: "0",
  }
})
afterAll(() => stripe.stop())

const form = (request: RecordedRequest) =>
  Object.fromEntries(new URLSearchParams(request.rawBody))

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let admin: Headers
    let alpha: SellerAccount
    let beta: SellerAccount

    function webhook(
      event: Record<string, unknown>,
      {
        secret = WEBHOOK_SECRET,
        timestamp,
      }: { secret?: string; timestamp?: number } = {}
    ) {
      const raw = JSON.stringify(event)
      return api.post("/hooks/payouts/stripe-connect", raw, {
        headers: {
          "content-type": "application/json",
          "stripe-signature": stripeSignatureHeader(secret, raw, timestamp),
        },
      })
    }

    /** Onboards alpha at "Stripe" and activates the account through a signed account.updated. */
    async function activeAccount(seller: SellerAccount) {
      const { data } = await api.post(
        "/vendor/payout-account",
        { return_url: "https://vendor.test/payouts" },
        seller.owner
      )
      await webhook({
        id: `evt_acct_${data.payout_account.external_id}`,
        type: "account.updated",
        data: {
          object: {
            id: data.payout_account.external_id,
            payouts_enabled: true,
            details_submitted: true,
          },
        },
      })
      return data.payout_account.external_id as string
    }

    beforeAll(async () => {
      admin = await createAdminSession(getContainer(), api)
      alpha = await registerSeller(api, "Alpha Stripe")
      beta = await registerSeller(api, "Beta Stripe")
      await settleBackgroundWork(utils)
    })

    beforeEach(() => {
      stripe.reset()
      transfers = (request) => ({
        status: 200,
        body: {
          id: `tr_${stripe.to("/v1/transfers").length}`,
          object: "transfer",
        },
      })
    })

    it("onboards an Express account, activates it by a signed webhook only, and refuses members", async () => {
      const container = getContainer()
      const member = await memberLogin(
        api,
        container,
        alpha.seller.id,
        "member@alpha-stripe.test",
        "member"
      )
      expect(
        (await failure(api.post("/vendor/payout-account", {}, member))).status
      ).toBe(403)
      expect(stripe.requests).toHaveLength(0)

      const { data } = await api.post(
        "/vendor/payout-account",
        {
          return_url: "https://vendor.test/payouts",
          refresh_url: "https://vendor.test/payouts/retry",
        },
        alpha.owner
      )
      expect(data).toMatchObject({
        provider: "stripe-connect",
        payout_account: {
          provider: "stripe-connect",
          status: "pending",
          external_id: expect.stringMatching(/^acct_test_/),
        },
      })
      const accountId = data.payout_account.external_id
      expect(data.onboarding_url).toBe(
        `https://connect.stripe.test/setup/${accountId}`
      )
      const [createAccount] = stripe.to("/v1/accounts")
      expect(createAccount.method).toBe("POST")
      expect(createAccount.headers.authorization).toBe(`Bearer ${API_KEY}`)
      expect(createAccount.headers["content-type"]).toBe(
        "application/x-www-form-urlencoded"
      )
      expect(form(createAccount)).toMatchObject({
        type: "express",
        email: "contact@alpha-stripe.test",
        "capabilities[transfers][requested]": "true",
        "metadata[seller_id]": alpha.seller.id,
      })
      expect(form(stripe.to("/v1/account_links")[0])).toEqual({
        account: accountId,
        type: "account_onboarding",
        return_url: "https://vendor.test/payouts",
        refresh_url: "https://vendor.test/payouts/retry",
      })
      // A second click gives a new link for the same account.
      const again = await api.post("/vendor/payout-account", {}, alpha.owner)
      expect(again.data.payout_account.external_id).toBe(accountId)
      expect(stripe.to("/v1/accounts")).toHaveLength(1)

      // Not payable yet: the account is not active.
      await creditLedger(container, alpha.seller.id, [{ amount: "10.00" }])
      const skipped = await api.post("/admin/payouts/run", {}, admin)
      expect(skipped.data.summary.skipped).toEqual([
        {
          seller_id: alpha.seller.id,
          reason: "Seller has no active stripe-connect payout account",
        },
      ])
      expect(stripe.to("/v1/transfers")).toHaveLength(0)

      const event = {
        id: "evt_1",
        type: "account.updated",
        data: { object: { id: accountId, payouts_enabled: true } },
      }
      for (const bad of [
        webhook(event, { secret: "whsec_wrong" }),
        webhook(event, { timestamp: Math.floor(Date.now() / 1000) - 301 }),
        api.post("/hooks/payouts/stripe-connect", JSON.stringify(event), {
          headers: { "content-type": "application/json" },
        }),
        api.post("/hooks/payouts/stripe-connect", JSON.stringify(event), {
          headers: {
            "content-type": "application/json",
            "stripe-signature": stripeSignatureHeader(
              WEBHOOK_SECRET,
              JSON.stringify({ ...event, id: "evt_other" })
            ),
          },
        }),
      ]) {
        expect((await failure(bad)).status).toBe(400)
      }
      // Only configured providers take webhooks: another id is a 404 with Medusa's error body.
      for (const provider of ["paypal", "manual", "stripe"]) {
        const unknown = await failure(
          api.post(`/hooks/payouts/${provider}`, JSON.stringify(event), {
            headers: {
              "content-type": "application/json",
              "stripe-signature": stripeSignatureHeader(
                WEBHOOK_SECRET,
                JSON.stringify(event)
              ),
            },
          })
        )
        expect({ status: unknown.status, body: unknown.data }).toEqual({
          status: 404,
          body: {
            type: "not_found",
            message: `Payout provider "${provider}" is not configured`,
          },
        })
      }
      expect(
        (await api.get("/vendor/payout-account", alpha.owner)).data
          .payout_account.status
      ).toBe("pending")
      expect((await webhook(event)).data).toEqual({
        received: true,
        id: "evt_1",
        type: "account_updated",
      })
      expect(
        (await api.get("/vendor/payout-account", alpha.owner)).data
          .payout_account.status
      ).toBe("active")
      expect(
        (
          await webhook({
            id: "evt_2",
            type: "charge.succeeded",
            data: { object: {} },
          })
        ).data.type
      ).toBe("ignored")

      // Another seller sees only its own (absent) account.
      expect(
        (await api.get("/vendor/payout-account", beta.owner)).data
      ).toEqual({ payout_account: null, provider: "stripe-connect" })
    })

    it("transfers the payable balance in integer minor units with the payout's Idempotency-Key", async () => {
      const container = getContainer()
      const accountId = await activeAccount(alpha)
      await creditLedger(container, alpha.seller.id, [
        { amount: "120.29" },
        { amount: "-12.03", type: "commission" },
        { amount: "0.005" },
        { amount: "3000", currency_code: "jpy" },
      ])

      const { data } = await api.post("/admin/payouts/run", {}, admin)
      expect(data.summary.errors).toEqual([])
      const byCurrency = Object.fromEntries(
        data.summary.payouts.map((p: { currency_code: string }) => [
          p.currency_code,
          p,
        ])
      )
      expect(byCurrency.eur).toMatchObject({ amount: "108.26", status: "paid" })
      expect(byCurrency.jpy).toMatchObject({ amount: "3000", status: "paid" })

      const requests = stripe.to("/v1/transfers")
      expect(requests).toHaveLength(2)
      const payouts = (
        await api.get(`/admin/payouts?seller_id=${alpha.seller.id}`, admin)
      ).data.payouts
      for (const request of requests) {
        const body = form(request)
        const payout = payouts.find(
          (p: { id: string }) => p.id === body["metadata[payout_id]"]
        )
        expect(request.method).toBe("POST")
        expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`)
        expect(request.headers["idempotency-key"]).toBe(payout.idempotency_key)
        expect(body).toEqual({
          amount: payout.currency_code === "eur" ? "10826" : "3000",
          currency: payout.currency_code,
          destination: accountId,
          transfer_group: payout.id,
          "metadata[payout_id]": payout.id,
          "metadata[seller_id]": alpha.seller.id,
        })
        expect(payout).toMatchObject({
          status: "paid",
          provider: "stripe-connect",
          provider_reference: expect.stringMatching(/^tr_/),
        })
      }
      const eur = await ledgerSums(container, alpha.seller.id, "eur")
      expect(eur.payable).toBe("0.005")

      const paid = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "payout.paid",
          resource_id: byCurrency.eur.id,
        })
        return found.length >= 2 && found
      })
      expect(paid.map((n) => n.channel).sort()).toEqual(["email", "feed"])

      // Stripe reverses the transfer later: failed, balance restored, once however often it is delivered.
      const reversed = {
        id: "evt_rev",
        type: "transfer.reversed",
        data: {
          object: {
            id: payouts.find((p: { id: string }) => p.id === byCurrency.eur.id)
              .provider_reference,
            reversed: true,
            metadata: {},
          },
        },
      }
      await webhook(reversed)
      await webhook(reversed)
      const eurPayout = (
        await api.get(`/admin/payouts/${byCurrency.eur.id}`, admin)
      ).data.payout
      expect(eurPayout).toMatchObject({
        status: "failed",
        failure_reason: "Stripe reversed the transfer",
      })
      const after = await ledgerSums(container, alpha.seller.id, "eur")
      expect(after.payable).toBe("108.265")
      expect(
        after.entries.filter((entry) => entry.type === "payout_reversal")
      ).toHaveLength(1)
    })

    it.each([
      ["500 (retried with the same key, then given up)", 500, 3],
      ["402 (refused at once)", 402, 1],
    ])(
      "a provider failure %s leaves no payout paid and restores the balance",
      async (_case, status, attempts) => {
        const container = getContainer()
        await activeAccount(alpha)
        await creditLedger(container, alpha.seller.id, [{ amount: "42.50" }])
        transfers = () => ({
          status,
          body: { error: { message: `Stripe says ${status}` } },
        })

        const { data } = await api.post("/admin/payouts/run", {}, admin)
        expect(data.summary.payouts).toEqual([
          expect.objectContaining({ amount: "42.5", status: "failed" }),
        ])
        const [payout] = (
          await api.get(`/admin/payouts?seller_id=${alpha.seller.id}`, admin)
        ).data.payouts
        expect(payout).toMatchObject({
          status: "failed",
          paid_at: null,
          failure_reason: expect.stringContaining(
            `HTTP ${status}: Stripe says ${status}`
          ),
        })
        const requests = stripe.to("/v1/transfers")
        expect(requests).toHaveLength(attempts)
        expect(
          new Set(requests.map((request) => request.headers["idempotency-key"]))
        ).toEqual(new Set([payout.idempotency_key]))

        const ledger = await ledgerSums(container, alpha.seller.id)
        expect(ledger.payable).toBe("42.5")
        expect(
          ledger.entries
            .map((entry) => [
              entry.type,
              String((entry.raw_amount as { value: string }).value),
            ])
            .sort()
        ).toEqual([
          ["payout", "-42.5"],
          ["payout_reversal", "42.5"],
          ["sale", "42.5"],
        ])
        expect(
          await payoutService(container).listPayouts({ status: "paid" })
        ).toEqual([])

        const notes = await waitFor(async () => {
          const found = await listNotifications(container, {
            template: "payout.failed",
            resource_id: payout.id,
          })
          return found.length >= 4 && found
        })
        expect(notes.map((n) => n.channel).sort()).toEqual([
          "email",
          "email",
          "feed",
          "feed",
        ])

        // Once Stripe answers again, the next run pays the restored balance.
        transfers = () => ({ status: 200, body: { id: "tr_retry" } })
        const retry = await api.post("/admin/payouts/run", {}, admin)
        expect(retry.data.summary.payouts).toEqual([
          expect.objectContaining({ amount: "42.5", status: "paid" }),
        ])
        expect((await ledgerSums(container, alpha.seller.id)).payable).toBe("0")
      }
    )

    it("keeps each seller's payouts private", async () => {
      const container = getContainer()
      await activeAccount(alpha)
      await creditLedger(container, alpha.seller.id, [{ amount: "5.00" }])
      const { data } = await api.post(
        "/admin/payouts/run",
        { seller_ids: [alpha.seller.id] },
        admin
      )
      const id = data.summary.payouts[0].id
      expect(
        (await api.get(`/vendor/payouts/${id}`, alpha.owner)).data.payout
      ).toMatchObject({ id, status: "paid" })
      expect(
        (await failure(api.get(`/vendor/payouts/${id}`, beta.owner))).status
      ).toBe(404)
      expect((await api.get("/vendor/payouts", beta.owner)).data.count).toBe(0)
      expect(
        (await api.get("/vendor/payout-account", beta.owner)).data
          .payout_account
      ).toBeNull()
      expect(
        (await api.get(`/admin/payouts?seller_id=${beta.seller.id}`, admin))
          .data.count
      ).toBe(0)
      expect(
        (await api.get(`/admin/payouts?status=paid`, admin)).data.payouts.map(
          (p: { id: string }) => p.id
        )
      ).toEqual([id])
    })
  },
})
