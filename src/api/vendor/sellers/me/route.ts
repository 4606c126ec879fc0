import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, SellerModuleService } from "../../../../modules/seller"
import { updateSellerWorkflow } from "../../../../workflows/seller/workflows/update-seller"
import type { VendorRequest } from "../../seller-context"
import { refetchOne } from "../../../utils/refetch-one"
import type { VendorUpdateSellerType } from "../validators"

/** The caller's seller, with the caller as `member` (id, email, name, role). */
export const GET = async (req: VendorRequest, res: MedusaResponse) => {
  res.json({ seller: await sellerWithMember(req) })
}

export const POST = async (req: VendorRequest<VendorUpdateSellerType>, res: MedusaResponse) => {
  await updateSellerWorkflow(req.scope).run({
    input: { seller_id: req.seller_context.seller_id, update: req.validatedBody },
  })
  res.json({ seller: await sellerWithMember(req) })
}

async function sellerWithMember(req: VendorRequest) {
  const seller = await refetchOne("seller", req.seller_context.seller_id, req.scope, req.queryConfig.fields)
  const member = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .retrieveMember(req.seller_context.member_id, { select: ["id", "email", "name", "role"] })
  return { ...seller, member }
}
