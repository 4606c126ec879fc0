import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const validateProductVariantStepId = "validate-product-variant"

/** The variant must be one of the product's (another product's variant is a 404 like a missing one). */
export const validateProductVariantStep = createStep(
  validateProductVariantStepId,
  async (
    { product_id, variant_id }: { product_id: string; variant_id: string },
    { container }
  ) => {
    const [variant] = await container
      .resolve(Modules.PRODUCT)
      .listProductVariants({ id: variant_id, product_id }, { select: ["id"] })
    if (!variant) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Variant with id: ${variant_id} was not found`
      )
    }
    return new StepResponse(void 0)
  }
)
