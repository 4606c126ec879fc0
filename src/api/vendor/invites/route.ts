import type { MedusaResponse } from "@medusajs/framework/http"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"
import type {
  VendorInviteListResponse,
  VendorInviteResponse,
} from "../../../types/http"
import { inviteMemberWorkflow } from "../../../workflows/seller/workflows/invite-member"
import { inviteResponse } from "../../utils/invite-response"
import { jsonDateOrNull } from "../../utils/json-date"
import type { VendorRequest } from "../seller-context"
import { vendorInviteFields } from "./query-config"
import type { VendorCreateInviteType } from "./validators"

type InviteListItem = VendorInviteListResponse["invites"][number]

/**
 * The seller's pending invites (not accepted yet; expired ones included, `expires_at`
 * tells). Read from the module: Query cannot list this model, whose name (`seller_invite`)
 * differs from its service methods' (`listInvites`). Medusa drops requested fields that
 * are not allowed; an empty selection would make the module return every column, the
 * token hash included, hence the explicit whitelist.
 */
export const GET = async (
  req: VendorRequest,
  res: MedusaResponse<VendorInviteListResponse>
) => {
  const { skip, take, order } = req.queryConfig.pagination
  const requested = req.queryConfig.fields.filter((field) =>
    vendorInviteFields.includes(field)
  )
  const select = requested.length ? requested : ["id"]
  const [rows, count] = await req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .listAndCountInvites(
      {
        ...req.filterableFields,
        seller_id: req.seller_context.seller_id,
        accepted_at: null,
      },
      { select, skip, take, order }
    )
  const invites = rows.map((row) => {
    const record = row as unknown as Record<string, unknown>
    return Object.fromEntries(
      select.map((field) => {
        const value = record[field]
        return [field, value instanceof Date ? jsonDateOrNull(value) : value]
      })
    ) as InviteListItem
  })
  res.json({ invites, count, limit: take ?? invites.length, offset: skip })
}

/** Invites a team member; the token is emailed to the invitee and never returned here. */
export const POST = async (
  req: VendorRequest<VendorCreateInviteType>,
  res: MedusaResponse<VendorInviteResponse>
) => {
  const { result: invite } = await inviteMemberWorkflow(req.scope).run({
    input: {
      seller_id: req.seller_context.seller_id,
      email: req.validatedBody.email,
      role: req.validatedBody.role,
      invited_by: req.seller_context.member_id,
    },
  })
  res.status(201).json({ invite: inviteResponse(invite) })
}
