import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import type {
  AdminCommissionRuleDeleteResponse,
  AdminCommissionRuleResponse,
} from "../../../../types/http"
import { deleteCommissionRulesWorkflow } from "../../../../workflows/commission/workflows/delete-commission-rules"
import { updateCommissionRuleWorkflow } from "../../../../workflows/commission/workflows/update-commission-rule"
import { refetchOne } from "../../../utils/refetch-one"
import type { AdminUpdateCommissionRuleType } from "../validators"

export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCommissionRuleResponse>
) => {
  const commission_rule = await refetchOne<
    AdminCommissionRuleResponse["commission_rule"]
  >("commission_rule", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ commission_rule })
}

export const POST = async (
  req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleType>,
  res: MedusaResponse<AdminCommissionRuleResponse>
) => {
  await refetchOne("commission_rule", req.params.id, req.scope, ["id"])
  await updateCommissionRuleWorkflow(req.scope).run({
    input: { id: req.params.id, update: req.validatedBody },
  })
  const commission_rule = await refetchOne<
    AdminCommissionRuleResponse["commission_rule"]
  >("commission_rule", req.params.id, req.scope, req.queryConfig.fields)
  res.json({ commission_rule })
}

export const DELETE = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AdminCommissionRuleDeleteResponse>
) => {
  await refetchOne("commission_rule", req.params.id, req.scope, ["id"])
  await deleteCommissionRulesWorkflow(req.scope).run({
    input: { ids: [req.params.id] },
  })
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
