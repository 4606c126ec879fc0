import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE, SellerModuleService } from "../../../modules/seller"
import type { CreateSellerStepInput } from "./create-seller"
import type { SellerStatus } from "../../../modules/seller"

export type SellerUpdate = Partial<CreateSellerStepInput> & {
  logo_file_id?: string | null
  status?: SellerStatus
  status_reason?: string | null
  approved_at?: Date | null
}

export type UpdateSellerStepInput = { id: string; update: SellerUpdate }

export const updateSellerStepId = "update-seller"

/** Updates one seller; the compensation writes back the previous values of exactly the changed fields. */
export const updateSellerStep = createStep(
  updateSellerStepId,
  async ({ id, update }: UpdateSellerStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const fields = Object.keys(update)
    const before = await service.retrieveSeller(id, {
      select: ["id", ...fields],
    })
    const seller = await service.updateSellers({ id, ...update })
    return new StepResponse(seller, { id, previous: pick(before, fields) })
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .updateSellers({ id: snapshot.id, ...snapshot.previous })
  }
)

function pick(source: Record<string, unknown>, keys: string[]): SellerUpdate {
  return Object.fromEntries(
    keys.map((key) => [key, source[key] ?? null])
  ) as SellerUpdate
}
