import type {
  CreateStockLocationInput,
  LinkDefinition,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import {
  createFulfillmentSets,
  createRemoteLinkStep,
  createStockLocationsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { retrieveDefaultSalesChannelStep } from "../steps/retrieve-default-sales-channel"
import { resolveMarketplaceCountriesStep } from "../steps/resolve-marketplace-countries"

export type CreateVendorStockLocationWorkflowInput = {
  seller_id: string
  location: CreateStockLocationInput
}

/** The fulfillment provider of seller shipping (Medusa's manual provider). */
export const SELLER_FULFILLMENT_PROVIDER = "manual_manual"

export const createVendorStockLocationWorkflowId =
  "create-vendor-stock-location"

/**
 * A seller's stock location, ready to ship from: linked to the seller, to the default
 * sales channel and to the `manual_manual` provider, with its own `shipping`
 * fulfillment set and one service zone covering the marketplace's countries (those of
 * all regions at creation time). Shipping options of the seller live in that zone.
 */
export const createVendorStockLocationWorkflow = createWorkflow(
  createVendorStockLocationWorkflowId,
  (input: WorkflowData<CreateVendorStockLocationWorkflowInput>) => {
    const salesChannelId = retrieveDefaultSalesChannelStep()
    const countries = resolveMarketplaceCountriesStep()
    const locations = transform({ input }, ({ input }) => ({
      locations: [input.location],
    }))
    const created = createStockLocationsWorkflow.runAsStep({ input: locations })
    const location = transform({ created }, ({ created }) => created[0])

    const sets = transform(
      { location, countries },
      ({ location, countries }) => [
        {
          name: `shipping-${location.id}`,
          type: "shipping",
          service_zones: [
            {
              name: `${location.name} delivery`,
              geo_zones: countries.map((country_code) => ({
                type: "country" as const,
                country_code,
              })),
            },
          ],
        },
      ]
    )
    const fulfillmentSets = createFulfillmentSets(sets)

    const links = transform(
      { input, location, salesChannelId, fulfillmentSets },
      ({
        input,
        location,
        salesChannelId,
        fulfillmentSets,
      }): LinkDefinition[] => [
        {
          [SELLER_MODULE]: { seller_id: input.seller_id },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        },
        {
          [Modules.SALES_CHANNEL]: { sales_channel_id: salesChannelId },
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: {
            fulfillment_provider_id: SELLER_FULFILLMENT_PROVIDER,
          },
        },
        {
          [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
          [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSets[0].id },
        },
      ]
    )
    createRemoteLinkStep(links).config({ name: "link-seller-stock-location" })
    return new WorkflowResponse(location)
  }
)
