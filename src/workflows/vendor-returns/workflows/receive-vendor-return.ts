import {
  acquireLockStep,
  beginReceiveReturnWorkflow,
  confirmReturnReceiveWorkflow,
  receiveItemReturnRequestWorkflow,
  releaseLockStep,
  updateReturnItemsStep,
  updateReturnsStep,
} from "@medusajs/medusa/core-flows"
import { ReturnStatus } from "@medusajs/framework/utils"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { refundSellerOrderWorkflow } from "../../order-group/workflows/refund-seller-order"
import {
  ReceiveItem,
  resolveReceiveItemsStep,
} from "../steps/resolve-receive-items"
import { resolveReturnRefundStep } from "../steps/resolve-return-refund"
import { retrieveVendorReturnStep } from "../steps/retrieve-vendor-return"
import { validateReturnStockLevelsStep } from "../steps/validate-return-stock-levels"

export const receiveVendorReturnWorkflowId = "receive-vendor-return"

export type ReceiveVendorReturnWorkflowInput = {
  seller_id: string
  member_id: string
  return_id: string
  /** Order line items and quantities; omitted = everything the return still expects. */
  items?: ReceiveItem[]
}

export type ReceiveVendorReturnResult = {
  return_id: string
  refund: { id: string; amount: string } | null
}

/**
 * The seller receives (part of) a return of one of its orders through Medusa's receive
 * flow (begin, receive items, confirm): the items go back into stock at the return's
 * location (one of the seller's) and `order.return_received` is emitted. Then the customer
 * gets back what the received items were paid, out of the group payment with the seller's
 * `refund` and `commission_reversal` entries (refundSellerOrderWorkflow). Under a lock on
 * the return, so two receipts cannot take in the same units.
 */
export const receiveVendorReturnWorkflow = createWorkflow(
  receiveVendorReturnWorkflowId,
  (input: WorkflowData<ReceiveVendorReturnWorkflowInput>) => {
    const lockKey = transform(
      { input },
      ({ input }) => `return:${input.return_id}`
    )
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 120 })

    const orderReturn = retrieveVendorReturnStep({
      seller_id: input.seller_id,
      return_id: input.return_id,
    })
    const items = resolveReceiveItemsStep({ orderReturn, items: input.items })
    const stock = transform(
      { orderReturn, items },
      ({ orderReturn, items }) => ({
        order_id: orderReturn.order_id,
        location_id: orderReturn.location_id,
        item_ids: items.map((item) => item.id),
      })
    )
    validateReturnStockLevelsStep(stock)
    const refund = resolveReturnRefundStep({
      order_id: orderReturn.order_id,
      items,
    })

    const begin = transform({ input }, ({ input }) => ({
      return_id: input.return_id,
      created_by: input.member_id,
    }))
    beginReceiveReturnWorkflow.runAsStep({ input: begin })
    const receive = transform({ input, items }, ({ input, items }) => ({
      return_id: input.return_id,
      items,
    }))
    receiveItemReturnRequestWorkflow.runAsStep({ input: receive })
    const confirm = transform({ input }, ({ input }) => ({
      return_id: input.return_id,
      confirmed_by: input.member_id,
    }))
    confirmReturnReceiveWorkflow.runAsStep({ input: confirm })

    // Medusa's confirmation stores only this receipt's quantity as an item's received
    // quantity, so a return arriving in several parcels would never read as received:
    // record the running totals and the status they give.
    const settled = transform(
      { orderReturn, items },
      ({ orderReturn, items }) => {
        const arriving = new Map(items.map((item) => [item.id, item.quantity]))
        const returnItems = orderReturn.items.map((returnItem) => {
          const taken = Math.min(
            arriving.get(returnItem.item_id) ?? 0,
            returnItem.quantity - returnItem.received_quantity
          )
          arriving.set(
            returnItem.item_id,
            (arriving.get(returnItem.item_id) ?? 0) - taken
          )
          return {
            id: returnItem.id,
            received_quantity: returnItem.received_quantity + taken,
          }
        })
        const complete = returnItems.every(
          (item, index) =>
            item.received_quantity >= orderReturn.items[index].quantity
        )
        return {
          items: returnItems,
          returns: [
            {
              id: orderReturn.id,
              ...(complete
                ? { status: ReturnStatus.RECEIVED, received_at: new Date() }
                : { status: ReturnStatus.PARTIALLY_RECEIVED }),
            },
          ],
        }
      }
    )
    updateReturnItemsStep(settled.items).config({
      name: "record-received-quantities",
    })
    updateReturnsStep(settled.returns).config({ name: "record-return-status" })

    const refunded = when(
      "refund-received-items",
      { refund },
      ({ refund }) => !!refund.amount
    ).then(() => {
      const refundInput = transform(
        { input, refund, orderReturn },
        ({ input, refund, orderReturn }) => ({
          order_group_id: refund.order_group_id as string,
          order_id: orderReturn.order_id,
          amount: refund.amount as string,
          note: `return ${input.return_id}`,
          created_by: input.member_id,
        })
      )
      return refundSellerOrderWorkflow.runAsStep({ input: refundInput })
    })

    releaseLockStep({ key: lockKey })
    const result = transform(
      { input, refunded },
      ({ input, refunded }): ReceiveVendorReturnResult => ({
        return_id: input.return_id,
        refund: refunded
          ? { id: refunded.refund_id, amount: refunded.amount }
          : null,
      })
    )
    return new WorkflowResponse(result)
  }
)
