import type {
  StockLocationAddressInput,
  UpdateStockLocationInput,
  UpsertStockLocationAddressInput,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * The module ignores `address_id` on update; the `address` relation takes the address id
 * (the declared input type only knows a nested address object).
 */
const linkAddress = (addressId: string | null) =>
  ({ address: addressId }) as unknown as UpdateStockLocationInput

type Undo =
  | { created: { location_id: string; address_id: string } }
  | { previous: UpsertStockLocationAddressInput }

export const setStockLocationAddressStepId = "set-stock-location-address"

/**
 * Gives a stock location this address: the existing address is updated, a location without
 * one gets a new address linked to it (Medusa's updateStockLocationsWorkflow would create
 * the address without linking it). Compensation restores the previous address or removes
 * the new one.
 */
export const setStockLocationAddressStep = createStep(
  setStockLocationAddressStepId,
  async (
    {
      location_id,
      address,
    }: { location_id: string; address: StockLocationAddressInput },
    { container }
  ) => {
    const locations = container.resolve(Modules.STOCK_LOCATION)
    const location = await locations.retrieveStockLocation(location_id, {
      relations: ["address"],
    })
    if (location.address?.id) {
      const {
        id,
        address_1,
        address_2,
        city,
        country_code,
        phone,
        postal_code,
        province,
      } = location.address
      await locations.upsertStockLocationAddresses([{ id, ...address }])
      const previous: UpsertStockLocationAddressInput = {
        id,
        address_1,
        address_2,
        city,
        country_code,
        phone,
        postal_code,
        province,
      }
      return new StepResponse<void, Undo>(void 0, { previous })
    }
    const [created] = await locations.upsertStockLocationAddresses([address])
    await locations.updateStockLocations(
      location_id,
      linkAddress(created.id as string)
    )
    return new StepResponse<void, Undo>(void 0, {
      created: { location_id, address_id: created.id as string },
    })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const locations = container.resolve(Modules.STOCK_LOCATION)
    if ("previous" in undo) {
      await locations.upsertStockLocationAddresses([undo.previous])
    } else {
      await locations.updateStockLocations(
        undo.created.location_id,
        linkAddress(null)
      )
    }
  }
)
