import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  assertSellerOwns,
  listSellerResourceIds,
} from "../../catalog/utils/seller-resources"

export type ResolveReturnLocationStepInput = {
  seller_id: string
  order_id: string
  location_id?: string
}

export const resolveReturnLocationStepId = "resolve-return-location"

/**
 * Where returned items go back into stock: the given location (one of the seller's), else
 * the location the order was fulfilled from, else the seller's first location.
 */
export const resolveReturnLocationStep = createStep(
  resolveReturnLocationStepId,
  async (input: ResolveReturnLocationStepInput, { container }) => {
    if (input.location_id) {
      await assertSellerOwns(container, "stock_location", input.seller_id, [
        input.location_id,
      ])
      return new StepResponse(input.location_id)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: ["id", "fulfillments.location_id", "fulfillments.canceled_at"],
      filters: { id: input.order_id },
    })
    type Fulfillment = {
      location_id?: string | null
      canceled_at?: unknown
    } | null
    const fulfilledFrom = (
      (order?.fulfillments ?? []) as Fulfillment[]
    ).flatMap((fulfillment) =>
      fulfillment?.location_id && !fulfillment.canceled_at
        ? [fulfillment.location_id]
        : []
    )
    const own = await listSellerResourceIds(
      container,
      "stock_location",
      input.seller_id
    )
    const location = fulfilledFrom.find((id) => own.includes(id)) ?? own[0]
    if (!location) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The seller has no stock location to receive the return at; create one first"
      )
    }
    return new StepResponse(location)
  }
)
