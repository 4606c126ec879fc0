import { z } from "@medusajs/framework/zod"
import { createSelectParams } from "@medusajs/medusa/api/utils/validators"
import {
  SellerEmail,
  SellerHandle,
  SellerName,
  SellerProfile,
} from "../../utils/seller-profile"

export const VendorGetSellerParams = createSelectParams()

export const VendorCreateSeller = SellerProfile.extend({
  name: SellerName,
  handle: SellerHandle.optional(),
  email: SellerEmail,
  member: z.object({ name: z.string().trim().max(200).nullish() }).optional(),
}).strict()
export type VendorCreateSellerType = z.infer<typeof VendorCreateSeller>

export const VendorUpdateSeller = SellerProfile.extend({
  name: SellerName.optional(),
  email: SellerEmail.optional(),
  /** The `id` returned by POST /vendor/uploads for a new logo. */
  logo_file_id: z.string().min(1).nullish(),
}).strict()
export type VendorUpdateSellerType = z.infer<typeof VendorUpdateSeller>
