import type {
  BigNumberInput,
  IOrderModuleService,
  OrderDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SellerOrderInput } from "../utils/prepare-seller-orders"

export type SellerOrder = {
  id: string
  seller_id: string
  items: { id: string; variant_id: string | null; quantity: BigNumberInput }[]
  /** Promotions the order's own lines used (for the order ↔ promotion links). */
  promotion_ids: string[]
}

export const createSellerOrdersStepId = "create-seller-orders"

/**
 * Creates one order per seller in a single Order Module call (one transaction, one
 * read-back: the per-seller cost of a checkout is what the bench measures). The module
 * returns the orders in no guaranteed order, so each is matched to its seller by its
 * variants: a variant belongs to one product and a product to one seller. The
 * compensation deletes them all.
 */
export const createSellerOrdersStep = createStep(
  createSellerOrdersStepId,
  async (input: SellerOrderInput[], { container }) => {
    if (!input.length) {
      return new StepResponse([] as SellerOrder[], [] as string[])
    }
    const orderModule = container.resolve<IOrderModuleService>(Modules.ORDER)
    const createdOrders = await orderModule.createOrders(
      input.map(({ order }) => order)
    )
    const createdIds = createdOrders.map((order) => order.id)
    try {
      const bySeller = matchOrdersToSellers(input, createdOrders)
      const created = input.map(({ seller_id, order }): SellerOrder => {
        const createdOrder = bySeller.get(seller_id)!
        return {
          id: createdOrder.id,
          seller_id,
          items: (createdOrder.items ?? []).map((item) => ({
            id: item.id,
            variant_id: item.variant_id ?? null,
            quantity: item.raw_quantity ?? item.quantity,
          })),
          promotion_ids: promotionIds(order),
        }
      })
      return new StepResponse(created, createdIds)
    } catch (error) {
      await orderModule.deleteOrders(createdIds)
      throw error
    }
  },
  async (orderIds, { container }) => {
    if (!orderIds?.length) {
      return
    }
    await container
      .resolve<IOrderModuleService>(Modules.ORDER)
      .deleteOrders(orderIds)
  }
)

function matchOrdersToSellers(
  input: SellerOrderInput[],
  orders: OrderDTO[]
): Map<string, OrderDTO> {
  const sellerOfVariant = new Map<string, string>()
  for (const { seller_id, order } of input) {
    for (const item of order.items ?? []) {
      if (item.variant_id) {
        sellerOfVariant.set(item.variant_id, seller_id)
      }
    }
  }
  const bySeller = new Map<string, OrderDTO>()
  for (const order of orders) {
    const sellers = new Set(
      (order.items ?? []).map((item) =>
        sellerOfVariant.get(item.variant_id ?? "")
      )
    )
    const [sellerId] = sellers
    if (sellers.size !== 1 || !sellerId || bySeller.has(sellerId)) {
      throw new Error(
        `Created order ${order.id} cannot be matched to exactly one seller of the cart`
      )
    }
    bySeller.set(sellerId, order)
  }
  if (bySeller.size !== input.length) {
    throw new Error(
      `Created ${orders.length} orders for ${input.length} sellers`
    )
  }
  return bySeller
}

function promotionIds(order: SellerOrderInput["order"]): string[] {
  const lines = [...(order.items ?? []), ...(order.shipping_methods ?? [])]
  const ids = lines
    .flatMap((line) => line.adjustments ?? [])
    .map((adjustment) => adjustment.promotion_id)
    .filter((id): id is string => !!id)
  return [...new Set(ids)]
}
