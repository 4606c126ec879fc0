import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import type { ILockingModule } from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  Modules,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../modules/payout"
import type PayoutModuleService from "../modules/payout/service"
import { recordAmount } from "../workflows/common/utils/decimal-amount"
import { orderGroupLockKey } from "../workflows/order-group/utils/order-group-lock-key"
import { refundSellerOrderWorkflow } from "../workflows/order-group/workflows/refund-seller-order"

/**
 * A seller order canceled after its group was captured gives back what is left of its
 * part of the payment (Medusa's cancel only refunds an order's own payment collections;
 * ours belongs to the group). Orders never captured have nothing to give back. Decided under
 * the group's capture lock: a capture that read the order before it was canceled has booked
 * its sale by then (refunded here), and a later one sees it canceled and leaves it out.
 */
export default async function refundCanceledOrder({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "order_group.id"],
    filters: { id: data.id },
  })
  const groupId = (order as { order_group?: { id: string } | null } | undefined)
    ?.order_group?.id
  if (!groupId) {
    return
  }
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  await locking.execute(
    orderGroupLockKey(groupId),
    async () => {
      const payouts = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
      const [sale] = await payouts.listLedgerEntries({
        type: "sale",
        reference: data.id,
      })
      if (!sale) {
        return
      }
      const refunds = await payouts.listLedgerEntries({
        type: "refund",
        reference: { $like: `${data.id}/%` },
      })
      const left = refunds.reduce(
        (sum, entry) => sum.plus(recordAmount(entry)),
        recordAmount(sale)
      )
      if (left.lte(0)) {
        return
      }
      await refundSellerOrderWorkflow(container).run({
        input: {
          order_group_id: groupId,
          order_id: data.id,
          note: "order canceled",
        },
      })
    },
    { timeout: 30 }
  )
}

export const config: SubscriberConfig = {
  event: OrderWorkflowEvents.CANCELED,
  context: { subscriberId: "refund-canceled-order" },
}
