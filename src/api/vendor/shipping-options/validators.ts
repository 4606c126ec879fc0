import { z } from "@medusajs/framework/zod"
import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"

/** Zone, profile, provider, rules and seller are set by the workflow, never by the body. */
export const VendorCreateShippingOption = z
  .object({
    name: z.string().min(1),
    stock_location_id: z.string().min(1),
    prices: z
      .array(
        z
          .object({ currency_code: z.string().length(3), amount: z.number().nonnegative() })
          .strict()
      )
      .min(1),
    type: z
      .object({
        label: z.string().min(1),
        description: z.string().optional(),
        code: z.string().min(1),
      })
      .strict()
      .optional(),
  })
  .strict()
export type VendorCreateShippingOptionType = z.infer<typeof VendorCreateShippingOption>

export const VendorGetShippingOptionParams = createSelectParams()
export const VendorGetShippingOptionsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
