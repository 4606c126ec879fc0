import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { PAYOUT_MODULE } from ".."
import PayoutModuleService, { LedgerEntryInput } from "../service"

jest.setTimeout(60 * 1000)

const DAY = 24 * 60 * 60 * 1000
const now = new Date("2026-11-22T12:00:00Z")

function entry(overrides: Partial<LedgerEntryInput>): LedgerEntryInput {
  return {
    seller_id: "sel_a",
    currency_code: "eur",
    amount: "0",
    type: "sale",
    reference: "order_1",
    available_at: now,
    ...overrides,
  }
}

moduleIntegrationTestRunner<PayoutModuleService>({
  moduleName: PAYOUT_MODULE,
  resolve: "./src/modules/payout",
  moduleOptions: { holdDays: 3, minimum: 2.5 },
  testSuite: ({ service }) => {
    describe("settings", () => {
      it("returns its options as settings, with a default for what is not configured", () => {
        expect(service.getSettings()).toEqual({
          holdDays: 3,
          minimum: 2.5,
          schedule: "0 2 * * *",
          resumeAfterSeconds: 300,
          onboardingReturnUrl: "http://localhost:9000",
        })
      })

      it("names the missing provider when none is configured", () => {
        expect(() => service.getDefaultProviderId()).toThrow(
          "No default payout provider is configured"
        )
        expect(() => service.providerRequiresAccount("manual")).toThrow(
          'Payout provider "manual" is not configured'
        )
      })
    })

    describe("ledger", () => {
      it("records each (type, reference) once, however often it is replayed", async () => {
        const sale = entry({ amount: "100.10", reference: "order_1" })
        const commission = entry({
          type: "commission",
          amount: "-10.01",
          reference: "order_1",
        })

        expect(
          await service.recordLedgerEntries([sale, commission])
        ).toHaveLength(2)
        expect(await service.recordLedgerEntries([sale, commission])).toEqual(
          []
        )
        // Concurrent replays: the unique index decides, nobody errors.
        const replays = await Promise.all(
          Array.from({ length: 5 }, () => service.recordLedgerEntries([sale]))
        )
        expect(replays.flat()).toEqual([])
        expect(
          await service.listLedgerEntries({ seller_id: "sel_a" })
        ).toHaveLength(2)
      })

      it("writes one entry when concurrent first writes race on the same reference", async () => {
        const sale = entry({ amount: "5", reference: "order_race" })
        const results = await Promise.all(
          Array.from({ length: 8 }, () => service.recordLedgerEntries([sale]))
        )
        expect(results.flat()).toHaveLength(1)
        expect(
          await service.listLedgerEntries({ reference: "order_race" })
        ).toHaveLength(1)
      })

      it("keeps the new entries of a batch that collided with a concurrent writer", async () => {
        const shared = entry({ amount: "5", reference: "order_shared" })
        const results = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            service.recordLedgerEntries([
              shared,
              entry({ amount: "1", reference: `order_own_${i}` }),
            ])
          )
        )
        expect(results.flat()).toHaveLength(7)
        const stored = await service.listLedgerEntries({ seller_id: "sel_a" })
        expect(stored.map((e) => e.reference).sort()).toEqual(
          [
            "order_shared",
            ...Array.from({ length: 6 }, (_, i) => `order_own_${i}`),
          ].sort()
        )
      })

      it("sums balances exactly per currency and splits payable from pending", async () => {
        await service.recordLedgerEntries([
          entry({
            amount: "0.10",
            reference: "o1",
            available_at: new Date(now.getTime() - DAY),
          }),
          entry({
            amount: "0.20",
            reference: "o2",
            available_at: new Date(now.getTime() - DAY),
          }),
          entry({
            type: "commission",
            amount: "-0.03",
            reference: "o1",
            available_at: new Date(now.getTime() - DAY),
          }),
          entry({
            amount: "12345678901234.56",
            reference: "o3",
            available_at: new Date(now.getTime() + 7 * DAY),
          }),
          entry({ currency_code: "usd", amount: "7", reference: "o4" }),
          entry({ seller_id: "sel_b", amount: "999", reference: "o5" }),
        ])

        expect(await service.getSellerBalances("sel_a", now)).toEqual([
          {
            currency_code: "eur",
            total: "12345678901234.83",
            payable: "0.27",
            pending: "12345678901234.56",
          },
          { currency_code: "usd", total: "7", payable: "7", pending: "0" },
        ])
        expect(await service.getSellerBalances("sel_nobody", now)).toEqual([])
      })
    })
  },
})
