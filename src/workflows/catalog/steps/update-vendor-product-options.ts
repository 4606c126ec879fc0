import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VendorProductOptionChange = {
  id: string
  title?: string
  values?: string[]
}

export const updateVendorProductOptionsStepId = "update-vendor-product-options"

/**
 * Renames a product's own options or sets their values (Medusa's Product Module refuses to
 * drop a value a variant still uses). Compensation puts back each option's title and values.
 */
export const updateVendorProductOptionsStep = createStep(
  updateVendorProductOptionsStepId,
  async (changes: VendorProductOptionChange[], { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const before = await products.listProductOptions(
      { id: changes.map((change) => change.id) },
      { relations: ["values"] }
    )
    const previous = before.map((option) => ({
      id: option.id,
      title: option.title,
      values: (option.values ?? []).map((value) => value.value),
    }))
    for (const { id, ...update } of changes) {
      await products.updateProductOptions(id, update)
    }
    return new StepResponse(void 0, previous)
  },
  async (previous, { container }) => {
    if (!previous?.length) {
      return
    }
    const products = container.resolve(Modules.PRODUCT)
    for (const { id, ...update } of previous) {
      await products.updateProductOptions(id, update)
    }
  }
)
