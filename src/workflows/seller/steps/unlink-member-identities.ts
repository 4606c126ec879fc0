import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const unlinkMemberIdentitiesStepId = "unlink-member-identities"

type Unlinked = { id: string; member_id: string }[]

/**
 * Removes `seller_id` from the app metadata of the auth identities acting as the member,
 * so logging in no longer yields a seller actor. The key is deleted, not set to null
 * (Medusa's setAuthAppMetadataStep refuses a key that exists, even null), so the identity
 * can join a seller again through an invite. Updates merge JSON properties, hence the
 * metadata is cleared first and written back without the key. The compensation puts the
 * key back.
 */
export const unlinkMemberIdentitiesStep = createStep(
  unlinkMemberIdentitiesStepId,
  async (memberId: string, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: identities } = await query.graph({
      entity: "auth_identity",
      fields: ["id", "app_metadata"],
      filters: { app_metadata: { seller_id: memberId } },
    })
    const auth = container.resolve(Modules.AUTH)
    const unlinked: Unlinked = []
    for (const identity of identities) {
      const { seller_id: _removed, ...rest } = (identity.app_metadata ??
        {}) as Record<string, unknown>
      // The DTO type leaves out null, which the column and the module accept.
      await auth.updateAuthIdentities({
        id: identity.id,
        app_metadata: null as unknown as Record<string, unknown>,
      })
      await auth.updateAuthIdentities({ id: identity.id, app_metadata: rest })
      unlinked.push({ id: identity.id, member_id: memberId })
    }
    return new StepResponse(
      unlinked.map(({ id }) => id),
      unlinked
    )
  },
  async (unlinked, { container }) => {
    if (!unlinked?.length) {
      return
    }
    const auth = container.resolve(Modules.AUTH)
    for (const { id, member_id } of unlinked) {
      await auth.updateAuthIdentities({
        id,
        app_metadata: { seller_id: member_id },
      })
    }
  }
)
