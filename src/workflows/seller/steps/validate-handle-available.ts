import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export const validateHandleAvailableStepId = "validate-handle-available"

/** A readable 400 before the unique index would reject the handle. */
export const validateHandleAvailableStep = createStep(
  validateHandleAvailableStepId,
  async (handle: string, { container }) => {
    const [existing] = await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listSellers({ handle }, { select: ["id"], withDeleted: true })
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A seller with the handle "${handle}" already exists`
      )
    }
    return new StepResponse(handle)
  }
)
