import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export const markNotificationsReadStepId = "mark-notifications-read"

export type MarkNotificationsReadStepInput = { member_id: string }

/**
 * Moves the member's feed read marker to now; it never moves back, so repeating the call
 * changes nothing. The compensation puts the previous marker back.
 */
export const markNotificationsReadStep = createStep(
  markNotificationsReadStepId,
  async ({ member_id }: MarkNotificationsReadStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await service.retrieveMember(member_id, {
      select: ["id", "notifications_read_at"],
    })
    const previous = before.notifications_read_at
      ? new Date(before.notifications_read_at)
      : null
    const now = new Date()
    const read_at = previous && previous > now ? previous : now
    await service.updateMembers({
      id: member_id,
      notifications_read_at: read_at,
    })
    return new StepResponse(
      { member_id, notifications_read_at: read_at },
      { id: member_id, notifications_read_at: previous }
    )
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .updateMembers(previous)
  }
)
