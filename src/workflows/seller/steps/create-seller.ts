import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"

export type CreateSellerStepInput = {
  name: string
  handle: string
  email: string
  description?: string | null
  logo_url?: string | null
  phone?: string | null
  address_line_1?: string | null
  address_line_2?: string | null
  city?: string | null
  postal_code?: string | null
  province?: string | null
  country_code?: string | null
  tax_id?: string | null
  metadata?: Record<string, unknown> | null
}

export const createSellerStepId = "create-seller"

export const createSellerStep = createStep(
  createSellerStepId,
  async (input: CreateSellerStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const seller = await service.createSellers({
      ...input,
      status: "pending_approval",
    })
    return new StepResponse(seller, seller.id)
  },
  async (sellerId, { container }) => {
    if (!sellerId) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .deleteSellers(sellerId)
  }
)
