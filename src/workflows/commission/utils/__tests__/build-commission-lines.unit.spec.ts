import {
  buildCommissionLines,
  CommissionOrder,
  CommissionRuleInput,
} from "../build-commission-lines"

const at = (second: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, second))
function rule(
  overrides: Partial<CommissionRuleInput> & Pick<CommissionRuleInput, "id">
): CommissionRuleInput {
  return {
    seller_id: null,
    product_type_id: null,
    product_category_id: null,
    fee_type: "sales",
    target: "item",
    currency_code: null,
    active: true,
    created_at: at(0),
    kind: "percentage",
    value: 10,
    min_amount: null,
    max_amount: null,
    ...overrides,
  }
}

const order: CommissionOrder = {
  id: "order_1",
  seller_id: "sel_a",
  currency_code: "eur",
  decimal_digits: 2,
  items: [
    {
      id: "item_shoes",
      product_type_id: "ptyp_shoes",
      product_category_ids: ["pcat_sport"],
      net_amount: "80.00",
    },
    {
      id: "item_socks",
      product_type_id: null,
      product_category_ids: [],
      net_amount: "4.99",
    },
  ],
  shipping_methods: [{ id: "ship_1", net_amount: "5" }],
}

describe("buildCommissionLines", () => {
  it("charges the most specific rule per item, stacks fee types and adds order and shipping fees", () => {
    const lines = buildCommissionLines(order, [
      rule({ id: "global", value: 10 }),
      rule({
        id: "shoes",
        product_type_id: "ptyp_shoes",
        value: 15,
        created_at: at(1),
      }),
      rule({
        id: "min-socks",
        seller_id: "sel_a",
        value: 5,
        min_amount: 1,
        currency_code: "eur",
      }),
      rule({
        id: "platform",
        fee_type: "platform",
        target: "order",
        kind: "flat",
        value: "0.50",
        currency_code: "eur",
      }),
      rule({ id: "shipping", target: "shipping", value: 20 }),
    ])

    expect(
      lines.map((line) => [
        line.reference_id,
        line.rule_id,
        line.fee_type,
        line.amount,
      ])
    ).toEqual([
      // shoes: seller rule (1 field, older) vs type rule (1 field, newer) -> newest wins
      ["item_shoes", "shoes", "sales", "12"],
      // socks: only global and seller rules match; the seller rule is more specific, min 1 applies
      ["item_socks", "min-socks", "sales", "1"],
      ["ship_1", "shipping", "sales", "1"],
      ["order_1", "platform", "platform", "0.5"],
    ])
    expect(lines[0]).toMatchObject({
      order_id: "order_1",
      seller_id: "sel_a",
      target: "item",
      line_item_id: "item_shoes",
      base_amount: "80",
      rate_kind: "percentage",
      rate_value: "15",
      rate_min_amount: null,
    })
    expect(lines[2].line_item_id).toBeNull()
  })

  it("leaves out zero commissions and is deterministic", () => {
    const rules = [rule({ id: "zero", value: 0 })]
    expect(buildCommissionLines(order, rules)).toEqual([])
    const many = [rule({ id: "a" }), rule({ id: "b", seller_id: "sel_a" })]
    expect(buildCommissionLines(order, many)).toEqual(
      buildCommissionLines(order, [...many].reverse())
    )
  })
})
