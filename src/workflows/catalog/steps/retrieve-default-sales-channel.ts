import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retrieveDefaultSalesChannelStepId =
  "retrieve-default-sales-channel"

/** The store's default sales channel, where sellers' products and stock locations live. Read only. */
export const retrieveDefaultSalesChannelStep = createStep(
  retrieveDefaultSalesChannelStepId,
  async (_: void, { container }) => {
    const [store] = await container
      .resolve(Modules.STORE)
      .listStores({}, { select: ["id", "default_sales_channel_id"] })
    if (!store?.default_sales_channel_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "The store has no default sales channel; an admin must set one before sellers add products"
      )
    }
    return new StepResponse<string>(store.default_sales_channel_id)
  }
)
