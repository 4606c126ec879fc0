import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, SellerModuleService } from "../../../../modules/seller"
import type { VendorSellerResponse } from "../../../../types/http"
import { updateSellerWorkflow } from "../../../../workflows/seller/workflows/update-seller"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorRequest } from "../../seller-context"
import type { VendorUpdateSellerType } from "../validators"

/** The caller's seller, with the caller as `member` (id, email, name, role). */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorSellerResponse>
) => {
  res.json({ seller: await sellerWithMember(req) })
}

export const POST = async (
  req: VendorRequest<VendorUpdateSellerType>,
  res: MedusaResponse<VendorSellerResponse>
) => {
  await updateSellerWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      update: req.validatedBody,
    },
  })
  res.json({ seller: await sellerWithMember(req) })
}

async function sellerWithMember(
  req: VendorRequest
): Promise<VendorSellerResponse["seller"]> {
  const seller = await refetchOne<
    Omit<VendorSellerResponse["seller"], "member">
  >("seller", req.seller_context.seller_id, req.scope, req.queryConfig.fields)
  const member = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .retrieveMember(req.seller_context.member_id, {
      select: ["id", "email", "name", "role"],
    })
  return { ...seller, member }
}
