import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CatalogDefaults = { sales_channel_id: string; shipping_profile_id: string }

/** Each seller's products and shipping options share one shipping profile of their own. */
export const sellerShippingProfileName = (sellerId: string) => `seller:${sellerId}`

/**
 * Where a seller's products live: the store's default sales channel, and the seller's own
 * shipping profile (created on first use). A profile per seller matters: Medusa keeps one
 * shipping method per shipping profile in a cart, so sellers sharing a profile would
 * replace each other's shipping method and a multi-seller cart could never complete.
 */
export const resolveCatalogDefaultsStep = createStep(
  "resolve-catalog-defaults",
  async ({ seller_id }: { seller_id: string }, { container }) => {
    const [store] = await container
      .resolve(Modules.STORE)
      .listStores({}, { select: ["id", "default_sales_channel_id"] })
    if (!store?.default_sales_channel_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The store has no default sales channel; an admin must set one before sellers add products"
      )
    }
    const fulfillment = container.resolve(Modules.FULFILLMENT)
    const name = sellerShippingProfileName(seller_id)
    const find = async () =>
      (await fulfillment.listShippingProfiles({ name }, { select: ["id"], take: 1 }))[0]
    let created: string | null = null
    let profile = await find()
    if (!profile) {
      try {
        ;[profile] = await fulfillment.createShippingProfiles([{ name, type: "default" }])
        created = profile.id
      } catch (error) {
        // A concurrent first product of the same seller created it (names are unique).
        profile = await find()
        if (!profile) {
          throw error
        }
      }
    }
    const defaults: CatalogDefaults = {
      sales_channel_id: store.default_sales_channel_id,
      shipping_profile_id: profile.id,
    }
    return new StepResponse(defaults, created)
  },
  async (createdProfileId, { container }) => {
    if (createdProfileId) {
      await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles([createdProfileId])
    }
  }
)
