import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { COMMISSION_MODULE } from ".."
import CommissionModuleService, { DEFAULT_RULE_ID } from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<CommissionModuleService>({
  moduleName: COMMISSION_MODULE,
  resolve: "./src/modules/commission",
  moduleOptions: { defaultCommissionPercent: 12.5 },
  testSuite: ({ service }) => {
    describe("ensureDefaultRule", () => {
      it("creates the global sales rule once, even when started twice at the same time", async () => {
        await Promise.all([
          service.ensureDefaultRule(),
          service.ensureDefaultRule(),
        ])
        await service.ensureDefaultRule()

        const rules = await service.listCommissionRules({})
        expect(rules).toHaveLength(1)
        expect(rules[0]).toMatchObject({
          id: DEFAULT_RULE_ID,
          kind: "percentage",
          value: 12.5,
          fee_type: "sales",
          target: "item",
          seller_id: null,
          product_type_id: null,
          product_category_id: null,
          active: true,
        })
      })

      it("does not bring the rule back once an operator deleted it", async () => {
        await service.ensureDefaultRule()
        await service.softDeleteCommissionRules([DEFAULT_RULE_ID])
        await service.ensureDefaultRule()
        expect(await service.listCommissionRules({})).toEqual([])
      })

      it("leaves an installation with its own rules alone", async () => {
        // The module's start hook may already have created the default: start from nothing.
        const existing = await service.listCommissionRules(
          {},
          { withDeleted: true }
        )
        await service.deleteCommissionRules(existing.map((rule) => rule.id))
        await service.createCommissionRules({
          kind: "flat",
          value: 2,
          currency_code: "eur",
        })
        await service.ensureDefaultRule()
        const rules = await service.listCommissionRules({})
        expect(rules.map((rule) => rule.kind)).toEqual(["flat"])
      })
    })

    describe("commission lines", () => {
      const line = {
        order_id: "order_1",
        seller_id: "sel_1",
        target: "item" as const,
        reference_id: "ordli_1",
        line_item_id: "ordli_1",
        rule_id: "crule_1",
        fee_type: "sales",
        currency_code: "eur",
        base_amount: 19.99,
        amount: 2,
        rate_kind: "percentage" as const,
        rate_value: 10,
      }

      it("stores amounts exactly and refuses a second line for the same reference and fee type", async () => {
        const created = await service.createCommissionLines(line)
        expect(created.amount).toBe(2)
        expect(created.base_amount).toBe(19.99)
        await expect(service.createCommissionLines(line)).rejects.toThrow()
        await service.createCommissionLines({ ...line, fee_type: "platform" })
        expect(
          await service.listCommissionLines({ order_id: "order_1" })
        ).toHaveLength(2)
      })
    })
  },
})
