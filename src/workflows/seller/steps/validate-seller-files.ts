import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { isSellerFile } from "../seller-file-path"

export type ValidateSellerFilesStepInput = { seller_id: string; file_ids: string[] }

/** Refuses file ids that were not uploaded by this seller (uploads live under its folder). */
export const validateSellerFilesStep = createStep(
  "validate-seller-files",
  async ({ seller_id, file_ids }: ValidateSellerFilesStepInput) => {
    const foreign = file_ids.filter((id) => !isSellerFile(seller_id, id))
    if (foreign.length) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown file(s) for this seller: ${foreign.join(", ")}`
      )
    }
    return new StepResponse(file_ids)
  }
)
