import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"

const optionalText = (max = 500) => z.string().trim().max(max).nullish()

const SellerProfile = z.object({
  description: optionalText(5000),
  logo_url: z.string().url().nullish(),
  phone: optionalText(50),
  address_line_1: optionalText(),
  address_line_2: optionalText(),
  city: optionalText(200),
  postal_code: optionalText(30),
  province: optionalText(200),
  country_code: z.string().trim().length(2).toLowerCase().nullish(),
  tax_id: optionalText(100),
  metadata: z.record(z.string(), z.unknown()).nullish(),
})

export const VendorGetSellerParams = createSelectParams()

export const VendorCreateSeller = SellerProfile.extend({
  name: z.string().trim().min(1).max(200),
  handle: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Handle must be lowercase letters, digits and dashes")
    .max(100)
    .optional(),
  email: z.string().trim().email(),
  member: z.object({ name: z.string().trim().max(200).nullish() }).optional(),
}).strict()
export type VendorCreateSellerType = z.infer<typeof VendorCreateSeller>

export const VendorUpdateSeller = SellerProfile.extend({
  name: z.string().trim().min(1).max(200).optional(),
  email: z.string().trim().email().optional(),
  /** The `id` returned by POST /vendor/uploads for a new logo. */
  logo_file_id: z.string().min(1).nullish(),
}).strict()
export type VendorUpdateSellerType = z.infer<typeof VendorUpdateSeller>
