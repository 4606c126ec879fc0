import type { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ORDER_GROUP_MODULE,
  OrderGroupModuleService,
} from "../../../modules/order-group"

export type CreateOrderGroupStepInput = {
  cart_id: string
  customer_id: string | null
  currency_code: string
  subtotal: BigNumberInput
  tax_total: BigNumberInput
  shipping_total: BigNumberInput
  discount_total: BigNumberInput
  total: BigNumberInput
  metadata?: Record<string, unknown> | null
}

export const createOrderGroupStepId = "create-order-group"

/**
 * Creates the order group of a checkout. `cart_id` is unique, so even a completion that
 * slipped past the lock cannot create a second group for the same cart.
 */
export const createOrderGroupStep = createStep(
  createOrderGroupStepId,
  async (input: CreateOrderGroupStepInput, { container }) => {
    const service =
      container.resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    const group = await service.createOrderGroups({
      ...input,
      subtotal: toNumber(input.subtotal),
      tax_total: toNumber(input.tax_total),
      shipping_total: toNumber(input.shipping_total),
      discount_total: toNumber(input.discount_total),
      total: toNumber(input.total),
    })
    return new StepResponse(group, group.id)
  },
  async (groupId, { container }) => {
    if (!groupId) {
      return
    }
    await container
      .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
      .deleteOrderGroups(groupId)
  }
)

/** The module's bigNumber columns take numbers; they keep the full precision in their raw_* twin. */
function toNumber(value: BigNumberInput): number {
  return MathBN.convert(value).toNumber()
}
