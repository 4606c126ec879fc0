import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type ValidateProductUpdateStepInput = {
  product_id: string
  variant_ids: string[]
  image_ids: string[]
  option_ids?: string[]
}

export const validateProductUpdateStepId = "validate-product-update"

/**
 * Ids in an update body must belong to the product itself: an upsert with another
 * product's variant or image id would move it into this product, and an option shared
 * with other products (a marketplace-wide one) would change theirs too.
 */
export const validateProductUpdateStep = createStep(
  validateProductUpdateStepId,
  async (input: ValidateProductUpdateStepInput, { container }) => {
    const optionIds = input.option_ids ?? []
    if (
      !input.variant_ids.length &&
      !input.image_ids.length &&
      !optionIds.length
    ) {
      return new StepResponse(void 0)
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [product],
    } = await query.graph({
      entity: "product",
      fields: [
        "id",
        "variants.id",
        "images.id",
        "options.id",
        "options.is_exclusive",
      ],
      filters: { id: input.product_id },
    })
    type Identified = { id: string } | null
    const variants = new Set(
      ((product?.variants ?? []) as Identified[]).map((variant) => variant?.id)
    )
    const images = new Set(
      ((product?.images ?? []) as Identified[]).map((image) => image?.id)
    )
    const foreignVariant = input.variant_ids.find((id) => !variants.has(id))
    if (foreignVariant) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Variant ${foreignVariant} does not belong to product ${input.product_id}`
      )
    }
    const foreignImage = input.image_ids.find((id) => !images.has(id))
    if (foreignImage) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Image ${foreignImage} does not belong to product ${input.product_id}`
      )
    }
    type Option = { id: string; is_exclusive?: boolean } | null
    const options = new Map(
      ((product?.options ?? []) as Option[]).flatMap((option) =>
        option ? [[option.id, option]] : []
      )
    )
    const foreignOption = optionIds.find((id) => !options.get(id)?.is_exclusive)
    if (foreignOption) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Option ${foreignOption} is not one of product ${input.product_id}'s own options`
      )
    }
    return new StepResponse(void 0)
  }
)
