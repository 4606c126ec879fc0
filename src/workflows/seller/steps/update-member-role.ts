import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MemberRole,
  SELLER_MODULE,
  SellerModuleService,
} from "../../../modules/seller"

export const updateMemberRoleStepId = "update-member-role"

export type UpdateMemberRoleStepInput = { id: string; role: MemberRole }

/** Sets a member's role; the compensation puts the previous role back. */
export const updateMemberRoleStep = createStep(
  updateMemberRoleStepId,
  async ({ id, role }: UpdateMemberRoleStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const before = await service.retrieveMember(id, { select: ["id", "role"] })
    const member = await service.updateMembers({ id, role })
    return new StepResponse(member, { id, role: before.role as MemberRole })
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    await container
      .resolve<SellerModuleService>(SELLER_MODULE)
      .updateMembers(previous)
  }
)
