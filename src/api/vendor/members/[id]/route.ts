import type { MedusaResponse } from "@medusajs/framework/http"
import type {
  VendorMemberDeleteResponse,
  VendorMemberResponse,
} from "../../../../types/http"
import { removeMemberWorkflow } from "../../../../workflows/seller/workflows/remove-member"
import { updateMemberRoleWorkflow } from "../../../../workflows/seller/workflows/update-member-role"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"
import type { VendorUpdateMemberType } from "../validators"

/** Changes a member's role (owners and admins; an admin never touches an owner; the last owner stays). */
export const POST = async (
  req: VendorRequest<VendorUpdateMemberType>,
  res: MedusaResponse<VendorMemberResponse>
) => {
  await updateMemberRoleWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.params.id,
      role: req.validatedBody.role,
      actor: {
        member_id: req.seller_context.member_id,
        role: req.seller_context.role,
      },
    },
  })
  const member = await refetchOne<VendorMemberResponse["member"]>(
    "member",
    req.params.id,
    req.scope,
    req.queryConfig.fields,
    {
      seller_id: req.seller_context.seller_id,
    }
  )
  res.json({ member })
}

/** Removes a member: its tokens stop working at once and it can no longer log in to the seller. */
export const DELETE = async (
  req: VendorRequest,
  res: MedusaResponse<VendorMemberDeleteResponse>
) => {
  await removeMemberWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      member_id: req.params.id,
      actor: {
        member_id: req.seller_context.member_id,
        role: req.seller_context.role,
      },
    },
  })
  res.json({ id: req.params.id, object: "member", deleted: true })
}
