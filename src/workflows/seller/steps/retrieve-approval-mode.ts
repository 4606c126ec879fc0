import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  ApprovalMode,
  SELLER_MODULE,
  SellerModuleService,
} from "../../../modules/seller"

export const retrieveApprovalModeStepId = "retrieve-approval-mode"

export type RetrieveApprovalModeStepInput = {
  /** What is approved: a seller's registration or a product's publication. */
  subject: "seller" | "product"
  /** The caller's choice (the seed's demo sellers); the seller module's setting otherwise. */
  override?: ApprovalMode
}

/** Whether the subject waits for an admin (`manual`) or is approved at once (`auto`). Read only. */
export const retrieveApprovalModeStep = createStep(
  retrieveApprovalModeStepId,
  async (
    { subject, override }: RetrieveApprovalModeStepInput,
    { container }
  ) => {
    if (override) {
      return new StepResponse<ApprovalMode>(override)
    }
    const settings = container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .getSettings()
    return new StepResponse<ApprovalMode>(
      subject === "seller" ? settings.sellerApproval : settings.productApproval
    )
  }
)
