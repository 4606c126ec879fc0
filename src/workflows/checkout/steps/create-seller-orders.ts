import type { BigNumberInput, IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerOrderInput } from "../transforms/prepare-seller-orders"

export type SellerOrder = {
  id: string
  seller_id: string
  items: { id: string; variant_id: string | null; quantity: BigNumberInput }[]
  /** Promotions the order's own lines used (for the order ↔ promotion links). */
  promotion_ids: string[]
}

/**
 * Creates one order per seller. Orders are created one call per seller so that each
 * created order is known to belong to its seller (a bulk create returns them in no
 * guaranteed order). If one fails, the ones already created are deleted before rethrowing;
 * the compensation deletes them all.
 */
export const createSellerOrdersStep = createStep(
  "create-seller-orders",
  async (input: SellerOrderInput[], { container }) => {
    const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
    const created: SellerOrder[] = []
    try {
      for (const { seller_id, order } of input) {
        const [createdOrder] = await orderModule.createOrders([order])
        created.push({
          id: createdOrder.id,
          seller_id,
          items: (createdOrder.items ?? []).map((item) => ({
            id: item.id,
            variant_id: item.variant_id ?? null,
            quantity: item.raw_quantity ?? item.quantity,
          })),
          promotion_ids: promotionIds(order),
        })
      }
    } catch (error) {
      if (created.length) {
        await orderModule.deleteOrders(created.map((order) => order.id))
      }
      throw error
    }
    return new StepResponse(
      created,
      created.map((order) => order.id)
    )
  },
  async (orderIds, { container }) => {
    if (!orderIds?.length) {
      return
    }
    await container.resolve<IOrderModuleService>(Modules.ORDER).deleteOrders(orderIds)
  }
)

function promotionIds(order: SellerOrderInput["order"]): string[] {
  const lines = [...(order.items ?? []), ...(order.shipping_methods ?? [])]
  const ids = lines
    .flatMap((line) => line.adjustments ?? [])
    .map((adjustment) => adjustment.promotion_id)
    .filter((id): id is string => !!id)
  return [...new Set(ids)]
}
