import { model } from "@medusajs/framework/utils"
import { COMMISSION_KINDS, COMMISSION_TARGETS } from "../constants"

/**
 * A commission rule. Null scope fields match anything; among the active rules of a
 * fee type that match a line, the most specific one wins (see resolve-commission-rule).
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: "crule" }).primaryKey(),
    name: model.text().nullable(),
    seller_id: model.text().nullable(),
    product_type_id: model.text().nullable(),
    product_category_id: model.text().nullable(),
    fee_type: model.text().default("sales"),
    target: model.enum([...COMMISSION_TARGETS]).default("item"),
    kind: model.enum([...COMMISSION_KINDS]),
    /** Percent (10 = 10 %) for percentage rules; an amount in the currency's main unit for flat rules. */
    value: model.bigNumber(),
    min_amount: model.bigNumber().nullable(),
    max_amount: model.bigNumber().nullable(),
    /** Required for flat rules (and for min/max, which are amounts): the rule applies to this currency only. */
    currency_code: model.text().nullable(),
    active: model.boolean().default(true),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["fee_type", "active"] }, { on: ["seller_id"] }])
