import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"
import type { SellerContext } from "../seller-context"

/** The member's read marker and how many of the seller's feed entries are newer. */
export async function unreadNotifications(
  scope: MedusaContainer,
  context: SellerContext
): Promise<{ read_at: Date | null; unread_count: number }> {
  const member = await scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .retrieveMember(context.member_id, {
      select: ["id", "notifications_read_at"],
    })
  const read_at = member.notifications_read_at
    ? new Date(member.notifications_read_at)
    : null
  const { metadata } = await scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({
      entity: "notification",
      fields: ["id"],
      filters: {
        receiver_id: context.seller_id,
        channel: "feed",
        ...(read_at ? { created_at: { $gt: read_at } } : {}),
      },
      pagination: { skip: 0, take: 1 },
    })
  return { read_at, unread_count: metadata?.count ?? 0 }
}
