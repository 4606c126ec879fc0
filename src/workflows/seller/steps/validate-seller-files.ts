import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"
import { isSellerFile } from "../utils/seller-file-path"

export const validateSellerFilesStepId = "validate-seller-files"

export type ValidateSellerFilesStepInput = {
  seller_id: string
  file_ids: string[]
}

/** Refuses file ids that were not uploaded by this seller (uploads live under its folder). */
export const validateSellerFilesStep = createStep(
  validateSellerFilesStepId,
  async (
    { seller_id, file_ids }: ValidateSellerFilesStepInput,
    { container }
  ) => {
    const { keyPrefix } = container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .getSettings().uploads
    const foreign = file_ids.filter(
      (id) => !isSellerFile(seller_id, id, keyPrefix)
    )
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown file(s) for this seller: ${foreign.join(", ")}`
      )
    }
    return new StepResponse(file_ids)
  }
)
