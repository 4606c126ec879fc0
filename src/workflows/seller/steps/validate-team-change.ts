import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  MemberRole,
  SELLER_MODULE,
  SellerModuleService,
} from "../../../modules/seller"

export const validateTeamChangeStepId = "validate-team-change"

export type TeamChange = { type: "role"; role: MemberRole } | { type: "remove" }

export type ValidateTeamChangeStepInput = {
  seller_id: string
  member_id: string
  /** The member making the change, with its role. */
  actor: { member_id: string; role: MemberRole }
  change: TeamChange
}

/**
 * The rules of team changes (docs/sellers.md): the member must belong to the seller
 * (404 otherwise, as for any other seller's id); only owners and admins change the team;
 * an admin can neither touch an owner nor make someone an owner; the last owner stays an
 * owner. Runs under the team lock, so the owner count cannot change meanwhile.
 */
export const validateTeamChangeStep = createStep(
  validateTeamChangeStepId,
  async (input: ValidateTeamChangeStepInput, { container }) => {
    const service = container.resolve<SellerModuleService>(SELLER_MODULE)
    const [member] = await service.listMembers({
      id: input.member_id,
      seller_id: input.seller_id,
    })
    if (!member) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Member with id: ${input.member_id} was not found`
      )
    }
    const { actor, change } = input
    if (actor.role !== "owner" && actor.role !== "admin") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only a seller owner or admin can change the team"
      )
    }
    if (actor.role === "admin" && member.role === "owner") {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "An admin cannot change or remove an owner"
      )
    }
    if (
      actor.role === "admin" &&
      change.type === "role" &&
      change.role === "owner"
    ) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        "Only an owner can make a member an owner"
      )
    }
    const losesOwnership =
      member.role === "owner" &&
      (change.type === "remove" || change.role !== "owner")
    if (losesOwnership) {
      const owners = await service.listMembers(
        { seller_id: input.seller_id, role: "owner" },
        { select: ["id"] }
      )
      if (owners.length <= 1) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          change.type === "remove"
            ? "The last owner cannot be removed; make another member an owner first"
            : "The last owner cannot be demoted; make another member an owner first"
        )
      }
    }
    return new StepResponse(member)
  }
)
