import { Modules } from "@medusajs/framework/utils"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
} from "@medusajs/medusa/core-flows"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { SELLER_MODULE } from "../../../modules/seller"
import { ensureSellerShippingProfileStep } from "../steps/ensure-seller-shipping-profile"
import { resolveLocationServiceZoneStep } from "../steps/resolve-location-service-zone"
import { validateSellerOwnsStep } from "../steps/validate-seller-owns"
import { SELLER_FULFILLMENT_PROVIDER } from "./create-vendor-stock-location"

export type CreateVendorShippingOptionWorkflowInput = {
  seller_id: string
  stock_location_id: string
  name: string
  prices: { currency_code: string; amount: number }[]
  type?: { label: string; description?: string; code: string }
  /** A return option (customers send items back with it); not offered at checkout. */
  is_return?: boolean
}

export const createVendorShippingOptionWorkflowId =
  "create-vendor-shipping-option"

/**
 * A flat-rate shipping option of the seller, in the service zone of one of its stock
 * locations, with the seller's shipping profile and the `manual_manual` provider; shown
 * in the store (`enabled_in_store`) and linked to the seller. A return option
 * (`is_return`) carries returns to that location instead of orders to customers.
 */
export const createVendorShippingOptionWorkflow = createWorkflow(
  createVendorShippingOptionWorkflowId,
  (input: WorkflowData<CreateVendorShippingOptionWorkflowInput>) => {
    const ownership = transform({ input }, ({ input }) => ({
      seller_id: input.seller_id,
      resource: "stock_location" as const,
      ids: [input.stock_location_id],
    }))
    validateSellerOwnsStep(ownership)
    const serviceZoneId = resolveLocationServiceZoneStep({
      location_id: input.stock_location_id,
    })
    const shippingProfileId = ensureSellerShippingProfileStep({
      seller_id: input.seller_id,
    })

    const options = transform(
      { input, serviceZoneId, shippingProfileId },
      ({ input, serviceZoneId, shippingProfileId }) => [
        {
          name: input.name,
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfileId,
          provider_id: SELLER_FULFILLMENT_PROVIDER,
          price_type: "flat" as const,
          type: input.type ?? {
            label: "Standard",
            description: "Standard shipping",
            code: "standard",
          },
          prices: input.prices,
          rules: [
            {
              attribute: "enabled_in_store",
              operator: "eq" as const,
              value: "true",
            },
            {
              attribute: "is_return",
              operator: "eq" as const,
              value: input.is_return ? "true" : "false",
            },
          ],
        },
      ]
    )
    const created = createShippingOptionsWorkflow.runAsStep({ input: options })
    const option = transform({ created }, ({ created }) => created[0])
    const link = transform({ input, option }, ({ input, option }) => [
      {
        [SELLER_MODULE]: { seller_id: input.seller_id },
        [Modules.FULFILLMENT]: { shipping_option_id: option.id },
      },
    ])
    createRemoteLinkStep(link).config({ name: "link-seller-shipping-option" })
    return new WorkflowResponse(option)
  }
)
