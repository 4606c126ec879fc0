import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateNewProductOptionStepInput = {
  product_id: string
  title: string
  values: string[]
}

export const validateNewProductOptionStepId = "validate-new-product-option"

const normalized = (text: string) => text.trim().toLowerCase()

/**
 * A new option needs a title the product has not used yet (variants name their values by
 * option title) and distinct values.
 */
export const validateNewProductOptionStep = createStep(
  validateNewProductOptionStepId,
  async (
    { product_id, title, values }: ValidateNewProductOptionStepInput,
    { container }
  ) => {
    const product = await container
      .resolve(Modules.PRODUCT)
      .retrieveProduct(product_id, { relations: ["options"] })
    if (
      product.options?.some(
        (option) => normalized(option.title) === normalized(title)
      )
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `The product already has an option with the title ${title}`
      )
    }
    if (new Set(values.map(normalized)).size !== values.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Each of the option's values must be different"
      )
    }
    return new StepResponse(void 0)
  }
)
