import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

const VendorStockLocationAddress = z
  .object({
    address_1: z.string().min(1),
    address_2: z.string().nullish(),
    company: z.string().nullish(),
    city: z.string().nullish(),
    country_code: z.string().length(2),
    phone: z.string().nullish(),
    postal_code: z.string().nullish(),
    province: z.string().nullish(),
  })
  .strict()

/** Fulfillment sets, sales channels and the seller are set by the workflow, never by the body. */
export const VendorCreateStockLocation = z
  .object({
    name: z.string().min(1),
    address: VendorStockLocationAddress.optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type VendorCreateStockLocationType = z.infer<
  typeof VendorCreateStockLocation
>

export const VendorUpdateStockLocation = z
  .object({
    name: z.string().min(1).optional(),
    address: VendorStockLocationAddress.optional(),
    metadata: z.record(z.string(), z.unknown()).nullish(),
  })
  .strict()
export type VendorUpdateStockLocationType = z.infer<
  typeof VendorUpdateStockLocation
>

export const VendorGetStockLocationParams = createSelectParams()
export const VendorGetStockLocationsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({ q: z.string().optional() })
