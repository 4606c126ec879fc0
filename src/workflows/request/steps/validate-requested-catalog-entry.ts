import {
  ContainerRegistrationKeys,
  MedusaError,
  toHandle,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ProductCategoryRequestPayload,
  ProductCategoryRequestPayloadType,
  ProductTypeRequestPayload,
  ProductTypeRequestPayloadType,
} from "../utils/request-payloads"

export type RequestedCatalogEntry =
  | {
      type: "product_category"
      category: ProductCategoryRequestPayloadType & { handle: string }
    }
  | { type: "product_type"; product_type: ProductTypeRequestPayloadType }

export const validateRequestedCatalogEntryStepId =
  "validate-requested-catalog-entry"

/**
 * What accepting a category or type suggestion creates, checked before anything is: a
 * payload of the right shape, an existing parent category, and no category with the same
 * handle or type with the same value yet (each a 400 naming the problem).
 */
export const validateRequestedCatalogEntryStep = createStep(
  validateRequestedCatalogEntryStepId,
  async (
    { type, payload }: { type: string; payload: unknown },
    { container }
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const exists = async (entity: string, filters: Record<string, unknown>) =>
      (await query.graph({ entity, fields: ["id"], filters })).data.length > 0
    if (type === "product_category") {
      const parsed = ProductCategoryRequestPayload.safeParse(payload)
      if (!parsed.success) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          "The request's payload is not a valid category suggestion (name, handle?, parent_category_id?, description?)"
        )
      }
      const category = {
        ...parsed.data,
        handle: parsed.data.handle ?? toHandle(parsed.data.name),
      }
      if (
        category.parent_category_id &&
        !(await exists("product_category", { id: category.parent_category_id }))
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Parent category with id: ${category.parent_category_id} does not exist`
        )
      }
      if (await exists("product_category", { handle: category.handle })) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `A category with handle ${category.handle} already exists`
        )
      }
      return new StepResponse<RequestedCatalogEntry>({ type, category })
    }
    const parsed = ProductTypeRequestPayload.safeParse(payload)
    if (!parsed.success) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The request's payload is not a valid product type suggestion ({ value })"
      )
    }
    if (await exists("product_type", { value: parsed.data.value })) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A product type ${parsed.data.value} already exists`
      )
    }
    return new StepResponse<RequestedCatalogEntry>({
      type: "product_type",
      product_type: parsed.data,
    })
  }
)
