import { model } from "@medusajs/framework/utils"
import { COMMISSION_KINDS, COMMISSION_TARGETS } from "../constants"

/**
 * The commission one rule charged on one order line (item, shipping method or the
 * order itself), with a snapshot of the rule so later rule edits do not rewrite history.
 * Unique per (reference, fee type): recomputing an order replaces its lines.
 */
export const CommissionLine = model
  .define("commission_line", {
    id: model.id({ prefix: "cline" }).primaryKey(),
    order_id: model.text(),
    seller_id: model.text(),
    target: model.enum([...COMMISSION_TARGETS]),
    /** Line item id, shipping method id, or the order id for per-order fees. */
    reference_id: model.text(),
    line_item_id: model.text().nullable(),
    rule_id: model.text(),
    fee_type: model.text(),
    currency_code: model.text(),
    /** The amount the commission was computed on (net of discounts, excluding tax). */
    base_amount: model.bigNumber(),
    amount: model.bigNumber(),
    rate_kind: model.enum([...COMMISSION_KINDS]),
    rate_value: model.bigNumber(),
    rate_min_amount: model.bigNumber().nullable(),
    rate_max_amount: model.bigNumber().nullable(),
  })
  .indexes([
    { on: ["order_id"] },
    { on: ["seller_id"] },
    {
      on: ["reference_id", "fee_type"],
      unique: true,
      where: "deleted_at IS NULL",
    },
  ])
