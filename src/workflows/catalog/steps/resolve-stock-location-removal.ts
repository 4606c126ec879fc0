import BigNumber from "bignumber.js"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AmountValue, decimalAmount } from "../../common/utils/decimal-amount"

export type StockLocationRemoval = {
  fulfillment_set_ids: string[]
  shipping_option_ids: string[]
  inventory_level_ids: string[]
}

export const resolveStockLocationRemovalStepId =
  "resolve-stock-location-removal"

/**
 * What goes with a location: its fulfillment sets with their shipping options, and its
 * stock levels. Reserved stock belongs to orders that still ship from it, so such a
 * location is not deleted (400 with the count).
 */
export const resolveStockLocationRemovalStep = createStep(
  resolveStockLocationRemovalStepId,
  async ({ location_id }: { location_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: levels } = await query.graph({
      entity: "inventory_level",
      fields: ["id", "reserved_quantity"],
      filters: { location_id },
    })
    const reserved = (levels as { reserved_quantity: AmountValue }[]).reduce(
      (sum, level) => sum.plus(decimalAmount(level.reserved_quantity)),
      new BigNumber(0)
    )
    if (reserved.gt(0)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Stock location ${location_id} still holds ${reserved.toFixed()} reserved units for orders that have not been fulfilled; fulfil or cancel them before deleting it`
      )
    }
    const {
      data: [location],
    } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "fulfillment_sets.id",
        "fulfillment_sets.service_zones.shipping_options.id",
      ],
      filters: { id: location_id },
    })
    type FulfillmentSet = {
      id: string
      service_zones?: ({
        shipping_options?: ({ id: string } | null)[]
      } | null)[]
    } | null
    const sets = (
      (location?.fulfillment_sets ?? []) as FulfillmentSet[]
    ).flatMap((set) => (set ? [set] : []))
    return new StepResponse<StockLocationRemoval>({
      fulfillment_set_ids: sets.map((set) => set.id),
      shipping_option_ids: sets.flatMap((set) =>
        (set.service_zones ?? []).flatMap((zone) =>
          (zone?.shipping_options ?? []).flatMap((option) =>
            option ? [option.id] : []
          )
        )
      ),
      inventory_level_ids: (levels as { id: string }[]).map(
        (level) => level.id
      ),
    })
  }
)
