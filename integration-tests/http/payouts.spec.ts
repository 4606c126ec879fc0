import { medusaIntegrationTestRunner } from "../utils/test-runner"
import runPayoutsJob, {
  config as runPayoutsJobConfig,
} from "../../src/jobs/run-payouts"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import { failure } from "../utils/http"
import {
  creditLedger,
  ledgerSums,
  memberLogin,
  payoutService,
} from "../utils/payouts"
import { PosthogServer } from "../utils/posthog-server"
import {
  Headers,
  listNotifications,
  registerSeller,
  SellerAccount,
} from "../utils/sellers"
import { waitFor } from "../utils/wait-for"
import { settleBackgroundWork } from "../utils/settle"

jest.setTimeout(180 * 1000)

const posthog = new PosthogServer()
withAppEnv(async () => {
  await posthog.start()
  return {
    PAYOUT_PROVIDER: "manual",
    PAYOUT_MINIMUM: "5",
    PAYOUT_SCHEDULE: "15 3 * * *",
    ANALYTICS: "posthog",
    POSTHOG_EVENTS_API_KEY: "phc_test",
    POSTHOG_HOST: posthog.url,
  }
})
afterAll(() => posthog.stop())

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let admin: Headers
    let alpha: SellerAccount
    let beta: SellerAccount

    beforeAll(async () => {
      admin = await createAdminSession(getContainer(), api)
      alpha = await registerSeller(api, "Alpha Payouts")
      beta = await registerSeller(api, "Beta Payouts")
      await settleBackgroundWork(utils)
    })

    it("pays only balances of at least PAYOUT_MINIMUM, rounded down to the cent, and the job pays every seller", async () => {
      const container = getContainer()
      expect({
        name: runPayoutsJobConfig.name,
        schedule: runPayoutsJobConfig.schedule,
      }).toEqual({ name: "run-payouts", schedule: "15 3 * * *" })
      const small = await registerSeller(api, "Small Payouts")
      const odd = await registerSeller(api, "Odd Payouts")
      await creditLedger(container, small.seller.id, [{ amount: "4.99" }])
      await creditLedger(container, odd.seller.id, [{ amount: "10.019" }])

      const { data } = await api.post(
        "/admin/payouts/run",
        { seller_ids: [small.seller.id] },
        admin
      )
      expect(data.summary).toEqual({
        sellers: 1,
        payouts: [],
        skipped: [
          {
            seller_id: small.seller.id,
            reason: "No payable balance of at least 5",
          },
        ],
        errors: [],
      })

      await runPayoutsJob(container)
      const { data: oddPayouts } = await api.get(
        `/admin/payouts?seller_id=${odd.seller.id}`,
        admin
      )
      expect(
        oddPayouts.payouts.map((p: { amount: number }) => p.amount)
      ).toEqual([10.01])
      expect((await ledgerSums(container, odd.seller.id)).payable).toBe("0.009")
      expect(
        (await api.get(`/admin/payouts?seller_id=${small.seller.id}`, admin))
          .data.count
      ).toBe(0)
    })

    it("lets an admin mark a manual payout paid or failed; a failure restores the balance and is paid again", async () => {
      const container = getContainer()
      await creditLedger(container, alpha.seller.id, [
        { amount: "135.09" },
        { amount: "20.00", currency_code: "usd" },
      ])
      await api.post("/admin/payouts/run", {}, admin)
      const { data } = await api.get(
        `/admin/payouts?seller_id=${alpha.seller.id}&status=processing`,
        admin
      )
      expect(data.count).toBe(2)
      const eur = data.payouts.find(
        (p: { currency_code: string }) => p.currency_code === "eur"
      )
      const usd = data.payouts.find(
        (p: { currency_code: string }) => p.currency_code === "usd"
      )

      const paid = await api.post(
        `/admin/payouts/${eur.id}/mark-paid`,
        { provider_reference: "bank-42" },
        admin
      )
      expect(paid.data.payout).toMatchObject({
        id: eur.id,
        status: "paid",
        provider_reference: "bank-42",
        paid_at: expect.any(String),
      })
      // Repeating is a no-op; a paid payout cannot fail by an admin's hand.
      expect(
        (await api.post(`/admin/payouts/${eur.id}/mark-paid`, {}, admin)).data
          .payout.status
      ).toBe("paid")
      const refused = await failure(
        api.post(`/admin/payouts/${eur.id}/mark-failed`, { reason: "x" }, admin)
      )
      expect(refused.status).toBe(400)
      expect(refused.data.message).toContain("is paid and cannot become failed")

      expect(
        (
          await failure(
            api.post(`/admin/payouts/${usd.id}/mark-failed`, {}, admin)
          )
        ).status
      ).toBe(400)
      const failed = await api.post(
        `/admin/payouts/${usd.id}/mark-failed`,
        { reason: "IBAN closed" },
        admin
      )
      expect(failed.data.payout).toMatchObject({
        status: "failed",
        failure_reason: "IBAN closed",
        paid_at: null,
      })
      await api.post(
        `/admin/payouts/${usd.id}/mark-failed`,
        { reason: "again" },
        admin
      )
      expect(
        (
          await failure(
            api.post(`/admin/payouts/${usd.id}/mark-paid`, {}, admin)
          )
        ).status
      ).toBe(400)

      const usdLedger = await ledgerSums(container, alpha.seller.id, "usd")
      expect(usdLedger.payable).toBe("20")
      expect(
        usdLedger.entries
          .filter((entry) => entry.type === "payout_reversal")
          .map((entry) => entry.reference)
      ).toEqual([usd.id])

      const rerun = await api.post("/admin/payouts/run", {}, admin)
      expect(rerun.data.summary.payouts).toEqual([
        expect.objectContaining({
          seller_id: alpha.seller.id,
          currency_code: "usd",
          amount: "20",
          status: "processing",
        }),
      ])
      expect(
        (
          await failure(
            api.post("/admin/payouts/pout_missing/mark-paid", {}, admin)
          )
        ).status
      ).toBe(404)

      // Seller: email + feed for paid and failed; admins: feed + email for the failure.
      const sellerPaid = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "payout.paid",
          resource_id: eur.id,
        })
        return found.length >= 2 && found
      })
      expect(sellerPaid.map((n) => n.channel).sort()).toEqual(["email", "feed"])
      expect(sellerPaid[0]).toMatchObject({
        receiver_id: alpha.seller.id,
        data: expect.objectContaining({
          amount: "135.09",
          reference: "bank-42",
        }),
      })
      const failures = await waitFor(async () => {
        const found = await listNotifications(container, {
          template: "payout.failed",
          resource_id: usd.id,
        })
        return found.length >= 4 && found
      })
      expect(
        failures
          .map(
            (n) =>
              `${n.receiver_id === alpha.seller.id ? "seller" : "admin"}:${n.channel}`
          )
          .sort()
      ).toEqual(["admin:email", "admin:feed", "seller:email", "seller:feed"])
      expect(
        failures.every(
          (n) => (n.data as { reason?: string }).reason === "IBAN closed"
        )
      ).toBe(true)

      await waitFor(
        () =>
          posthog.named("payout_paid").length > 0 &&
          posthog.named("payout_failed").length > 0,
        {
          timeoutMs: 25_000,
          what: "PostHog payout events",
        }
      )
      expect(
        posthog.named("payout_paid").find((e) => e.properties.id === eur.id)
      ).toMatchObject({
        distinct_id: "system",
        properties: expect.objectContaining({
          amount: "135.09",
          $groups: { seller: alpha.seller.id },
        }),
      })
      expect(
        posthog.named("payout_failed").find((e) => e.properties.id === usd.id)
      ).toMatchObject({
        properties: expect.objectContaining({
          reason: "IBAN closed",
          $groups: { seller: alpha.seller.id },
        }),
      })
    })

    it("answers payout webhooks 404: the manual provider takes none, other providers are not configured", async () => {
      const body = JSON.stringify({
        id: "evt_manual",
        type: "account.updated",
        data: { object: {} },
      })
      const headers = { "content-type": "application/json" }
      const manual = await failure(
        api.post("/hooks/payouts/manual", body, { headers })
      )
      expect(manual.status).toBe(404)
      expect(manual.data).toEqual({
        type: "not_found",
        message: "The manual payout provider receives no webhooks",
      })
      const stripe = await failure(
        api.post("/hooks/payouts/stripe-connect", body, { headers })
      )
      expect(stripe.data).toEqual({
        type: "not_found",
        message: 'Payout provider "stripe-connect" is not configured',
      })
    })

    it("shows a seller only its own payouts and payout account; members cannot see or change the account", async () => {
      const container = getContainer()
      await creditLedger(container, alpha.seller.id, [
        { amount: "30.00" },
        { amount: "10.00", currency_code: "usd" },
      ])
      const run = await api.post("/admin/payouts/run", {}, admin)
      const usd = run.data.summary.payouts.find(
        (p: { currency_code: string }) => p.currency_code === "usd"
      )
      await api.post(
        `/admin/payouts/${usd.id}/mark-failed`,
        { reason: "closed" },
        admin
      )

      const alphaPayouts = (await api.get("/vendor/payouts", alpha.owner)).data
      expect(alphaPayouts.count).toBe(2)
      expect(alphaPayouts.payouts[0]).not.toHaveProperty("seller_id")
      const betaPayouts = (await api.get("/vendor/payouts", beta.owner)).data
      expect(betaPayouts).toMatchObject({ payouts: [], count: 0 })
      const someAlphaPayout = alphaPayouts.payouts[0].id
      expect(
        (await api.get(`/vendor/payouts/${someAlphaPayout}`, alpha.owner)).data
          .payout.id
      ).toBe(someAlphaPayout)
      expect(
        (
          await failure(
            api.get(`/vendor/payouts/${someAlphaPayout}`, beta.owner)
          )
        ).status
      ).toBe(404)
      // A client-supplied seller filter is not a way around it.
      expect(
        (
          await failure(
            api.get(`/vendor/payouts?seller_id=${alpha.seller.id}`, beta.owner)
          )
        ).status
      ).toBe(400)
      expect(
        (
          await api.get("/vendor/payouts?status=failed", alpha.owner)
        ).data.payouts.map((p: { status: string }) => p.status)
      ).toEqual(["failed"])

      const created = await api.post("/vendor/payout-account", {}, alpha.owner)
      expect(created.data).toMatchObject({
        provider: "manual",
        onboarding_url: null,
        payout_account: {
          id: expect.stringMatching(/^pacc_/),
          provider: "manual",
          status: "active",
          external_id: null,
        },
      })
      const again = await api.post("/vendor/payout-account", {}, alpha.owner)
      expect(again.data.payout_account.id).toBe(created.data.payout_account.id)
      expect(
        (await api.get("/vendor/payout-account", alpha.owner)).data
          .payout_account.id
      ).toBe(created.data.payout_account.id)
      expect(
        (await api.get("/vendor/payout-account", beta.owner)).data
      ).toEqual({ payout_account: null, provider: "manual" })

      const alphaAdmin = await memberLogin(
        api,
        container,
        alpha.seller.id,
        "admin@alpha-payouts.test",
        "admin"
      )
      expect(
        (await api.get("/vendor/payout-account", alphaAdmin)).data
          .payout_account.id
      ).toBe(created.data.payout_account.id)
      const alphaMember = await memberLogin(
        api,
        container,
        alpha.seller.id,
        "member@alpha-payouts.test",
        "member"
      )
      expect(
        (await failure(api.post("/vendor/payout-account", {}, alphaMember)))
          .status
      ).toBe(403)
      expect(
        (await failure(api.get("/vendor/payout-account", alphaMember))).status
      ).toBe(403)
      expect((await api.get("/vendor/payouts", alphaMember)).data.count).toBe(
        alphaPayouts.count
      )
      expect(
        await payoutService(container).listPayoutAccounts({
          seller_id: alpha.seller.id,
        })
      ).toHaveLength(1)

      expect((await failure(api.get("/vendor/payouts"))).status).toBe(401)
      expect((await failure(api.get("/admin/payouts"))).status).toBe(401)
      expect(
        (await failure(api.post("/admin/payouts/run", {}, alpha.owner))).status
      ).toBe(401)
    })
  },
})
