import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { VendorReturn } from "./retrieve-vendor-return"

export type ReceiveItem = { id: string; quantity: number }

export const resolveReceiveItemsStepId = "resolve-receive-items"

/**
 * What this receipt takes in: the given order line items and quantities, or everything the
 * return still expects. Each item must be in the return, within what it still expects.
 */
export const resolveReceiveItemsStep = createStep(
  resolveReceiveItemsStepId,
  async ({
    orderReturn,
    items,
  }: {
    orderReturn: VendorReturn
    items?: ReceiveItem[]
  }) => {
    const expected = new Map<string, number>()
    for (const item of orderReturn.items) {
      const left = item.quantity - item.received_quantity
      expected.set(item.item_id, (expected.get(item.item_id) ?? 0) + left)
    }
    if (!items?.length) {
      const all = [...expected]
        .filter(([, left]) => left > 0)
        .map(([id, quantity]) => ({ id, quantity }))
      return new StepResponse(all)
    }
    const wanted = new Map<string, number>()
    for (const item of items) {
      wanted.set(item.id, (wanted.get(item.id) ?? 0) + item.quantity)
    }
    for (const [id, quantity] of wanted) {
      const left = expected.get(id)
      if (left === undefined) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Item ${id} is not part of return ${orderReturn.id}`
        )
      }
      if (quantity > left) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Return ${orderReturn.id} expects ${left} more of item ${id}, not ${quantity}`
        )
      }
    }
    return new StepResponse(
      [...wanted].map(([id, quantity]) => ({ id, quantity }))
    )
  }
)
