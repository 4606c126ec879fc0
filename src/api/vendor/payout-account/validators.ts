import { z } from "@medusajs/framework/zod"

const url = z
  .string()
  .trim()
  .url()
  .max(2000)
  .refine((value) => /^https?:\/\//.test(value), "must be an http(s) URL")

export const VendorCreatePayoutAccount = z
  .object({
    /** Where the provider sends the seller after onboarding (default: BACKEND_URL). */
    return_url: url.optional(),
    /** Where the provider sends the seller when the link expired (default: return_url). */
    refresh_url: url.optional(),
  })
  .strict()
export type VendorCreatePayoutAccountType = z.infer<
  typeof VendorCreatePayoutAccount
>
