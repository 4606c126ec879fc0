import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

const Prices = z
  .array(
    z
      .object({
        currency_code: z.string().length(3),
        amount: z.number().nonnegative(),
      })
      .strict()
  )
  .min(1)

const ShippingOptionType = z
  .object({
    label: z.string().min(1),
    description: z.string().optional(),
    code: z.string().min(1),
  })
  .strict()

/** Zone, profile, provider, rules and seller are set by the workflow, never by the body. */
export const VendorCreateShippingOption = z
  .object({
    name: z.string().min(1),
    stock_location_id: z.string().min(1),
    prices: Prices,
    type: ShippingOptionType.optional(),
    /** A return option: customers send items back with it to the location (not offered at checkout). */
    is_return: z.boolean().optional(),
  })
  .strict()
export type VendorCreateShippingOptionType = z.infer<
  typeof VendorCreateShippingOption
>

/** Name, prices (replaced) and type; the location and the return flag stay. */
export const VendorUpdateShippingOption = z
  .object({
    name: z.string().min(1).optional(),
    prices: Prices.optional(),
    type: ShippingOptionType.optional(),
  })
  .strict()
export type VendorUpdateShippingOptionType = z.infer<
  typeof VendorUpdateShippingOption
>

export const VendorGetShippingOptionParams = createSelectParams()
export const VendorGetShippingOptionsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
})
