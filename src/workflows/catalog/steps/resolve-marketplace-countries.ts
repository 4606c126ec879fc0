import { Modules, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const resolveMarketplaceCountriesStepId = "resolve-marketplace-countries"

/** Every country of every region: where the marketplace sells, so where sellers ship to. */
export const resolveMarketplaceCountriesStep = createStep(
  resolveMarketplaceCountriesStepId,
  async (_input: void, { container }) => {
    const regions = await container
      .resolve(Modules.REGION)
      .listRegions(
        {},
        { relations: ["countries"], select: ["id", "countries.iso_2"] }
      )
    const countries = [
      ...new Set(
        regions.flatMap((region) =>
          (region.countries ?? []).map((country) => country.iso_2)
        )
      ),
    ].sort()
    if (!countries.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The marketplace has no region yet; an admin must create one before sellers set up shipping"
      )
    }
    return new StepResponse(countries)
  }
)
