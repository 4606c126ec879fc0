import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const ensureSellerShippingProfileStepId =
  "ensure-seller-shipping-profile"

export type EnsureSellerShippingProfileStepInput = { seller_id: string }

/** Each seller's products and shipping options share one shipping profile of their own. */
const sellerShippingProfileName = (sellerId: string) => `seller:${sellerId}`

/**
 * The id of the seller's own shipping profile, created on first use. A profile per seller
 * matters: Medusa keeps one shipping method per shipping profile in a cart, so sellers
 * sharing a profile would replace each other's shipping method and a multi-seller cart
 * could never complete. Compensation deletes the profile only if this step created it.
 */
export const ensureSellerShippingProfileStep = createStep(
  ensureSellerShippingProfileStepId,
  async (
    { seller_id }: EnsureSellerShippingProfileStepInput,
    { container }
  ) => {
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const name = sellerShippingProfileName(seller_id)
    const find = async () =>
      (
        await fulfillment.listShippingProfiles(
          { name },
          { select: ["id"], take: 1 }
        )
      )[0]
    let created: string | null = null
    let profile = await find()
    if (!profile) {
      try {
        ;[profile] = await fulfillment.createShippingProfiles([
          { name, type: "default" },
        ])
        created = profile.id
      } catch (error) {
        // A concurrent first product of the same seller created it (names are unique).
        profile = await find()
        if (!profile) {
          throw error
        }
      }
    }
    return new StepResponse<string, string | null>(profile.id, created)
  },
  async (createdProfileId, { container }) => {
    if (createdProfileId) {
      await container
        .resolve(Modules.FULFILLMENT)
        .deleteShippingProfiles([createdProfileId])
    }
  }
)
