import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import {
  COMMISSION_KINDS,
  COMMISSION_TARGETS,
} from "../../../modules/commission/constants"

const id = z.string().trim().min(1).max(100)
const amount = z.number().finite().nonnegative()

export const AdminGetCommissionRuleParams = createSelectParams()

export const AdminGetCommissionRulesParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  seller_id: z.union([id, z.array(id)]).optional(),
  fee_type: z.union([id, z.array(id)]).optional(),
  target: z.enum(COMMISSION_TARGETS).optional(),
  active: z
    .preprocess(
      (value) => (value === "true" ? true : value === "false" ? false : value),
      z.boolean()
    )
    .optional(),
})

const ruleFields = {
  name: z.string().trim().max(200).nullish(),
  seller_id: id.nullish(),
  product_type_id: id.nullish(),
  product_category_id: id.nullish(),
  fee_type: z
    .string()
    .trim()
    .regex(/^[a-z][a-z0-9_]{0,49}$/, "fee_type must be lower_snake_case"),
  target: z.enum(COMMISSION_TARGETS),
  kind: z.enum(COMMISSION_KINDS),
  value: amount,
  min_amount: amount.nullish(),
  max_amount: amount.nullish(),
  currency_code: z.string().trim().toLowerCase().length(3).nullish(),
  active: z.boolean(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
}

export const AdminCreateCommissionRule = z
  .object({
    ...ruleFields,
    fee_type: ruleFields.fee_type.default("sales"),
    target: ruleFields.target.default("item"),
    active: ruleFields.active.default(true),
  })
  .strict()
export type AdminCreateCommissionRuleType = z.infer<
  typeof AdminCreateCommissionRule
>

export const AdminUpdateCommissionRule = z.object(ruleFields).partial().strict()
export type AdminUpdateCommissionRuleType = z.infer<
  typeof AdminUpdateCommissionRule
>
