import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retrieveAuthEmailStepId = "retrieve-auth-email"

/**
 * The email an auth identity signed up with (the emailpass provider's entity id).
 * Member emails come from here, never from the request body.
 */
export const retrieveAuthEmailStep = createStep(
  retrieveAuthEmailStepId,
  async (authIdentityId: string, { container }) => {
    const identity = await container
      .resolve(Modules.AUTH)
      .retrieveAuthIdentity(authIdentityId, {
        relations: ["provider_identities"],
      })
    const email = identity.provider_identities?.find((provider) =>
      provider.entity_id.includes("@")
    )?.entity_id
    if (!email) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The authenticated identity has no email address"
      )
    }
    return new StepResponse(email.toLowerCase())
  }
)
