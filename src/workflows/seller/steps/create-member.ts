import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MemberRole,
  SELLER_MODULE,
  SellerModuleService,
} from "../../../modules/seller"

export type CreateMemberStepInput = {
  seller_id: string
  email: string
  name?: string | null
  role: MemberRole
}

export const createMemberStepId = "create-member"

export const createMemberStep = createStep(
  createMemberStepId,
  async (input: CreateMemberStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const member = await service.createMembers({
      ...input,
      email: input.email.toLowerCase(),
    })
    return new StepResponse(member, member.id)
  },
  async (memberId, { container }) => {
    if (!memberId) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .deleteMembers(memberId)
  }
)
