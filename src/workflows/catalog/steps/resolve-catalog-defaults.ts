import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"

export type CatalogDefaults = { sales_channel_id: string; shipping_profile_id: string }

export const DEFAULT_SHIPPING_PROFILE_NAME = "Default Shipping Profile"

/**
 * Where seller products live: the store's default sales channel, and the marketplace's
 * `default` shipping profile (created on first use when the database has none, so every
 * seller product and shipping option shares it).
 */
export const resolveCatalogDefaultsStep = createStep(
  "resolve-catalog-defaults",
  async (_input: void, { container }) => {
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
    const [profile] = await fulfillment.listShippingProfiles(
      { type: "default" },
      { select: ["id"], order: { created_at: "ASC" }, take: 1 }
    )
    if (profile) {
      const found: CatalogDefaults = {
        sales_channel_id: store.default_sales_channel_id,
        shipping_profile_id: profile.id,
      }
      return new StepResponse(found, null as string | null)
    }
    const [created] = await fulfillment.createShippingProfiles([
      { name: DEFAULT_SHIPPING_PROFILE_NAME, type: "default" },
    ])
    const defaults: CatalogDefaults = {
      sales_channel_id: store.default_sales_channel_id,
      shipping_profile_id: created.id,
    }
    return new StepResponse(defaults, created.id as string | null)
  },
  async (createdProfileId, { container }) => {
    if (createdProfileId) {
      await container.resolve(Modules.FULFILLMENT).deleteShippingProfiles([createdProfileId])
    }
  }
)
