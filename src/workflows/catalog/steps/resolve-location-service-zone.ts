import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveLocationServiceZoneStepId = "resolve-location-service-zone"

/** The service zone of the location's `shipping` fulfillment set (created with the location). */
export const resolveLocationServiceZoneStep = createStep(
  resolveLocationServiceZoneStepId,
  async (input: { location_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [location],
    } = await query.graph({
      entity: "stock_location",
      fields: [
        "id",
        "fulfillment_sets.type",
        "fulfillment_sets.service_zones.id",
      ],
      filters: { id: input.location_id },
    })
    type FulfillmentSet = {
      type?: string
      service_zones?: { id: string }[]
    } | null
    const zone = ((location?.fulfillment_sets ?? []) as FulfillmentSet[])
      .filter((set) => set?.type === "shipping")
      .flatMap((set) => set?.service_zones ?? [])[0]
    if (!zone?.id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Stock location ${input.location_id} has no shipping service zone`
      )
    }
    return new StepResponse(zone.id as string)
  }
)
