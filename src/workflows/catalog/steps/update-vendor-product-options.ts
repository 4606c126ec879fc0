import type {
  IProductModuleService,
  ProductOptionProductValueUpdate,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type VendorProductOptionChange = {
  id: string
  title?: string
  values?: string[]
}

export type UpdateVendorProductOptionsStepInput = {
  product_id: string
  options: VendorProductOptionChange[]
}

type OptionOnProduct = {
  id: string
  title: string
  values: { id: string; value: string }[]
}

export const updateVendorProductOptionsStepId = "update-vendor-product-options"

/** The product's options with the values the product itself uses (Medusa links values per product). */
async function optionsOnProduct(
  products: IProductModuleService,
  productId: string
): Promise<OptionOnProduct[]> {
  const product = await products.retrieveProduct(productId, {
    relations: ["options", "options.values"],
  })
  return (product.options ?? []).map((option) => ({
    id: option.id,
    title: option.title,
    values: (option.values ?? []).map(({ id, value }) => ({ id, value })),
  }))
}

/** Links and unlinks values so that each option of `target` holds exactly its values on the product. */
function valueChanges(
  productId: string,
  current: OptionOnProduct[],
  target: { id: string; values: (string | { id: string; value: string })[] }[]
): ProductOptionProductValueUpdate[] {
  return target.map((option) => {
    const held = current.find(({ id }) => id === option.id)?.values ?? []
    const wanted = option.values.map((value) =>
      typeof value === "string" ? value : value.value
    )
    return {
      product_id: productId,
      product_option_id: option.id,
      add: option.values
        .filter((value) => {
          const name = typeof value === "string" ? value : value.value
          return !held.some((existing) => existing.value === name)
        })
        .map((value) => (typeof value === "string" ? { value } : value.id)),
      remove: held
        .filter(({ value }) => !wanted.includes(value))
        .map(({ id }) => id),
    }
  })
}

/**
 * Renames a product's own options and sets the values the product offers for each (a new
 * name becomes a value of the option; Medusa's Product Module refuses to drop a value a
 * variant still uses). Compensation puts back each option's title and the product's values.
 */
export const updateVendorProductOptionsStep = createStep(
  updateVendorProductOptionsStepId,
  async (
    { product_id, options }: UpdateVendorProductOptionsStepInput,
    { container }
  ) => {
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    const before = await optionsOnProduct(products, product_id)
    const changed = before.filter(({ id }) =>
      options.some((option) => option.id === id)
    )
    // Values first: a refused value leaves nothing changed (a failing step is not compensated).
    await products.updateProductOptionValuesOnProduct(
      valueChanges(
        product_id,
        before,
        options.flatMap(({ id, values }) => (values ? [{ id, values }] : []))
      )
    )
    for (const { id, title } of options) {
      if (title !== undefined) {
        await products.updateProductOptions(id, { title })
      }
    }
    return new StepResponse(void 0, { product_id, previous: changed })
  },
  async (compensation, { container }) => {
    if (!compensation?.previous.length) {
      return
    }
    const { product_id, previous } = compensation
    const products = container.resolve<IProductModuleService>(Modules.PRODUCT)
    for (const { id, title } of previous) {
      await products.updateProductOptions(id, { title })
    }
    await products.updateProductOptionValuesOnProduct(
      valueChanges(
        product_id,
        await optionsOnProduct(products, product_id),
        previous
      )
    )
  }
)
