import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { listSellerResourceIds } from "../../catalog/utils/seller-resources"
import { retrieveSellerReturn } from "../utils/seller-returns"

export type VendorReturn = {
  id: string
  order_id: string
  status: string
  location_id: string
  /** Return items: `id` the return item, `item_id` the order line item. */
  items: {
    id: string
    item_id: string
    quantity: number
    received_quantity: number
  }[]
}

const RECEIVABLE = ["requested", "partially_received"]

export const retrieveVendorReturnStepId = "retrieve-vendor-return"

/**
 * The seller's return, ready to be received: not canceled or received yet, and arriving at
 * one of the seller's own stock locations (404 for another seller's return).
 */
export const retrieveVendorReturnStep = createStep(
  retrieveVendorReturnStepId,
  async (
    { seller_id, return_id }: { seller_id: string; return_id: string },
    { container }
  ) => {
    const found = (await retrieveSellerReturn(container, seller_id, return_id, [
      "id",
      "status",
      "location_id",
      "items.id",
      "items.item_id",
      "items.quantity",
      "items.received_quantity",
    ])) as {
      id: string
      order_id: string
      status: string
      location_id?: string | null
      items?: ({
        id: string
        item_id: string
        quantity: unknown
        received_quantity?: unknown
      } | null)[]
    }
    if (!RECEIVABLE.includes(found.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return ${return_id} is ${found.status}; nothing to receive`
      )
    }
    const location = found.location_id
      ? await listSellerResourceIds(container, "stock_location", seller_id, [
          found.location_id,
        ])
      : []
    if (!location.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Return ${return_id} does not arrive at one of the seller's stock locations`
      )
    }
    return new StepResponse<VendorReturn>({
      id: found.id,
      order_id: found.order_id,
      status: found.status,
      location_id: location[0],
      items: (found.items ?? []).flatMap((item) =>
        item
          ? [
              {
                id: item.id,
                item_id: item.item_id,
                quantity: Number(item.quantity),
                received_quantity: Number(item.received_quantity ?? 0),
              },
            ]
          : []
      ),
    })
  }
)
