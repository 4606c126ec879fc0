import { z } from "@medusajs/framework/zod"

const optionalText = (max = 500) => z.string().trim().max(max).nullish()

/** A seller's profile fields, as a seller registers or edits them and as an admin does. */
export const SellerProfile = z.object({
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

export const SellerName = z.string().trim().min(1).max(200)
export const SellerEmail = z.string().trim().email()
export const SellerHandle = z
  .string()
  .trim()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    "Handle must be lowercase letters, digits and dashes"
  )
  .max(100)
