import {
  LineScope,
  resolveCommissionRules,
  RuleCandidate,
} from "../resolve-commission-rules"

let sequence = 0
function rule(overrides: Partial<RuleCandidate>): RuleCandidate {
  sequence += 1
  return {
    id: `crule_${String(sequence).padStart(3, "0")}`,
    seller_id: null,
    product_type_id: null,
    product_category_id: null,
    fee_type: "sales",
    target: "item",
    currency_code: null,
    active: true,
    created_at: new Date(Date.UTC(2026, 0, 1, 0, 0, sequence)),
    ...overrides,
  }
}

const line: LineScope = {
  target: "item",
  seller_id: "sel_a",
  currency_code: "eur",
  product_type_id: "ptyp_shoes",
  product_category_ids: ["pcat_sport", "pcat_sale"],
}

const global = rule({ id: "global" })
const seller = rule({ id: "seller", seller_id: "sel_a" })
const otherSeller = rule({ id: "other-seller", seller_id: "sel_b" })
const type = rule({ id: "type", product_type_id: "ptyp_shoes" })
const category = rule({ id: "category", product_category_id: "pcat_sale" })
const sellerAndCategory = rule({
  id: "seller+category",
  seller_id: "sel_a",
  product_category_id: "pcat_sport",
})
const newerSeller = rule({ id: "newer-seller", seller_id: "sel_a" })
const inactiveSpecific = rule({
  id: "inactive",
  seller_id: "sel_a",
  product_type_id: "ptyp_shoes",
  active: false,
})
const usdOnly = rule({
  id: "usd-only",
  seller_id: "sel_a",
  product_type_id: "ptyp_shoes",
  currency_code: "usd",
})
const platformFee = rule({
  id: "platform",
  fee_type: "platform",
  target: "order",
})
const listingFee = rule({ id: "listing", fee_type: "listing" })
const shipping = rule({ id: "shipping", target: "shipping" })

describe("resolveCommissionRules", () => {
  it.each([
    ["only the global rule", [global], ["global"]],
    ["a seller rule beats the global rule", [global, seller], ["seller"]],
    ["another seller's rule never matches", [global, otherSeller], ["global"]],
    ["a product type rule beats the global rule", [global, type], ["type"]],
    [
      "a category rule matches any of the product's categories",
      [global, category],
      ["category"],
    ],
    [
      "two scope fields beat one, whatever the age",
      [sellerAndCategory, newerSeller, type],
      ["seller+category"],
    ],
    [
      "on equal specificity the newest wins",
      [seller, type, category, newerSeller],
      ["newer-seller"],
    ],
    ["inactive rules are ignored", [seller, inactiveSpecific], ["seller"]],
    ["a rule for another currency is ignored", [seller, usdOnly], ["seller"]],
    [
      "fee types stack, one winner each",
      [global, seller, listingFee],
      ["seller", "listing"],
    ],
    [
      "order and shipping rules do not apply to items",
      [global, platformFee, shipping],
      ["global"],
    ],
    ["no matching rule, no commission", [otherSeller, inactiveSpecific], []],
  ])("%s", (_, rules, expected) => {
    expect(
      resolveCommissionRules(rules, line)
        .map((winner) => winner.id)
        .sort()
    ).toEqual([...expected].sort())
  })

  it("resolves per target: an order-level fee applies to the order scope", () => {
    const orderScope: LineScope = {
      target: "order",
      seller_id: "sel_a",
      currency_code: "eur",
    }
    expect(
      resolveCommissionRules([global, platformFee, seller], orderScope).map(
        (r) => r.id
      )
    ).toEqual(["platform"])
  })

  it("does not depend on the input order", () => {
    const rules = [
      global,
      seller,
      type,
      category,
      sellerAndCategory,
      newerSeller,
      listingFee,
    ]
    const reversed = [...rules].reverse()
    expect(resolveCommissionRules(reversed, line)).toEqual(
      resolveCommissionRules(rules, line)
    )
  })
})
