import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProductOptionStepId = "validate-product-option"

/** The option must be one of the product's (another product's option is a 404 like a missing one). */
export const validateProductOptionStep = createStep(
  validateProductOptionStepId,
  async (
    { product_id, option_id }: { product_id: string; option_id: string },
    { container }
  ) => {
    const product = await container
      .resolve(Modules.PRODUCT)
      .retrieveProduct(product_id, { relations: ["options"] })
    if (!product.options?.some((option) => option.id === option_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Product option with id: ${option_id} was not found`
      )
    }
    return new StepResponse(void 0)
  }
)
