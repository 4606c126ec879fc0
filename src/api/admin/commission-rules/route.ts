import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type {
  AdminCommissionRuleListResponse,
  AdminCommissionRuleResponse,
} from "../../../types/http"
import { createCommissionRulesWorkflow } from "../../../workflows/commission/workflows/create-commission-rules"
import { listPage } from "../../utils/list-page"
import { refetchOne } from "../../utils/refetch-one"
import type { AdminCreateCommissionRuleType } from "./validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCommissionRuleListResponse>
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_rules, metadata } = await query.graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    commission_rules,
    ...listPage(metadata, req.queryConfig.pagination, commission_rules.length),
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>,
  res: MedusaResponse<AdminCommissionRuleResponse>
) => {
  const {
    result: [rule],
  } = await createCommissionRulesWorkflow(req.scope).run({
    input: { rules: [req.validatedBody] },
  })
  const commission_rule = await refetchOne<
    AdminCommissionRuleResponse["commission_rule"]
  >("commission_rule", rule.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ commission_rule })
}
