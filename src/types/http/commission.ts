import { z } from "@medusajs/framework/zod"
import {
  COMMISSION_KINDS,
  COMMISSION_TARGETS,
} from "../../modules/commission/constants"
import { deleteResponse, JsonObject, listResponse, Timestamp } from "./common"

export const CommissionRule = z
  .object({
    id: z.string(),
    name: z.string().nullable(),
    seller_id: z.string().nullable(),
    product_type_id: z.string().nullable(),
    product_category_id: z.string().nullable(),
    fee_type: z.string(),
    target: z.enum(COMMISSION_TARGETS),
    kind: z.enum(COMMISSION_KINDS),
    value: z.number(),
    min_amount: z.number().nullable(),
    max_amount: z.number().nullable(),
    currency_code: z.string().nullable(),
    active: z.boolean(),
    metadata: JsonObject.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "CommissionRule" })
export type CommissionRule = z.infer<typeof CommissionRule>

/** The commission one rule charged on one order line, with a snapshot of the rule. */
export const CommissionLine = z
  .object({
    id: z.string(),
    order_id: z.string(),
    target: z.enum(COMMISSION_TARGETS),
    reference_id: z.string(),
    line_item_id: z.string().nullable(),
    rule_id: z.string(),
    fee_type: z.string(),
    currency_code: z.string(),
    base_amount: z.number(),
    amount: z.number(),
    rate_kind: z.enum(COMMISSION_KINDS),
    rate_value: z.number(),
    rate_min_amount: z.number().nullable(),
    rate_max_amount: z.number().nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "CommissionLine" })
export type CommissionLine = z.infer<typeof CommissionLine>

export const AdminCommissionRuleResponse = z.object({
  commission_rule: CommissionRule,
})
export type AdminCommissionRuleResponse = z.infer<
  typeof AdminCommissionRuleResponse
>

export const AdminCommissionRuleListResponse = listResponse(
  "commission_rules",
  CommissionRule
)
export type AdminCommissionRuleListResponse = z.infer<
  typeof AdminCommissionRuleListResponse
>

export const AdminCommissionRuleDeleteResponse =
  deleteResponse("commission_rule")
export type AdminCommissionRuleDeleteResponse = z.infer<
  typeof AdminCommissionRuleDeleteResponse
>

export const VendorCommissionLineListResponse = listResponse(
  "commission_lines",
  CommissionLine
)
export type VendorCommissionLineListResponse = z.infer<
  typeof VendorCommissionLineListResponse
>
