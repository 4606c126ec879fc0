import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCommissionRulesWorkflow } from "../../../workflows/commission/workflows/create-commission-rules"
import type { AdminCreateCommissionRuleType } from "./validators"
import { refetchOne } from "../../utils/refetch-one"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: commission_rules, metadata } = await query.graph({
    entity: "commission_rule",
    fields: req.queryConfig.fields,
    filters: req.filterableFields,
    pagination: req.queryConfig.pagination,
  })
  res.json({
    commission_rules,
    count: metadata?.count ?? commission_rules.length,
    limit: metadata?.take ?? req.queryConfig.pagination.take,
    offset: metadata?.skip ?? req.queryConfig.pagination.skip,
  })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>,
  res: MedusaResponse
) => {
  const {
    result: [rule],
  } = await createCommissionRulesWorkflow(req.scope).run({
    input: { rules: [req.validatedBody] },
  })
  const commission_rule = await refetchOne("commission_rule", rule.id, req.scope, req.queryConfig.fields)
  res.status(201).json({ commission_rule })
}
