import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateFulfillmentNotReturnedStepInput = {
  order_id: string
  fulfillment_id: string
}

export const validateFulfillmentNotReturnedStepId =
  "validate-fulfillment-not-returned"

/**
 * Canceling a fulfillment unfulfills its units; units the customer is returning (or has
 * returned) must stay fulfilled, or the order would expect back what it never sent.
 * Medusa's own cancel does not look at returns.
 */
export const validateFulfillmentNotReturnedStep = createStep(
  validateFulfillmentNotReturnedStepId,
  async (input: ValidateFulfillmentNotReturnedStepInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "items.id",
        "items.detail.fulfilled_quantity",
        "items.detail.return_requested_quantity",
        "items.detail.return_received_quantity",
        "fulfillments.id",
        "fulfillments.items.line_item_id",
        "fulfillments.items.quantity",
      ],
      filters: { id: input.order_id },
    })
    type Detail = {
      fulfilled_quantity?: unknown
      return_requested_quantity?: unknown
      return_received_quantity?: unknown
    }
    type Item = { id: string; detail?: Detail | null } | null
    type Fulfillment = {
      id: string
      items?: ({ line_item_id?: string; quantity: unknown } | null)[]
    } | null
    const fulfillment = ((order?.fulfillments ?? []) as Fulfillment[]).find(
      (candidate) => candidate?.id === input.fulfillment_id
    )
    const items = new Map(
      ((order?.items ?? []) as Item[]).flatMap((item) =>
        item ? [[item.id, item.detail ?? {}] as const] : []
      )
    )
    for (const unit of fulfillment?.items ?? []) {
      const detail = unit?.line_item_id
        ? items.get(unit.line_item_id)
        : undefined
      if (!detail) {
        continue
      }
      const staying =
        Number(detail.fulfilled_quantity ?? 0) - Number(unit?.quantity ?? 0)
      const returning =
        Number(detail.return_requested_quantity ?? 0) +
        Number(detail.return_received_quantity ?? 0)
      if (staying < returning) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Item ${unit?.line_item_id} of fulfillment ${input.fulfillment_id} is being returned; the fulfillment cannot be canceled`
        )
      }
    }
    return new StepResponse(void 0)
  }
)
