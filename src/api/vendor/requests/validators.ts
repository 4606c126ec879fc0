import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  ProductCategoryRequestPayload,
  ProductTypeRequestPayload,
} from "../../../workflows/request/request-payloads"

export const VendorGetRequestsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.enum(["pending", "accepted", "rejected", "withdrawn"]).optional(),
  type: z.string().optional(),
})

/**
 * Types a seller files itself, with the payload accepting them needs; registrations,
 * publications and product updates are filed by their workflows.
 */
export const VendorCreateRequest = z.discriminatedUnion("type", [
  z.object({ type: z.literal("product_category"), payload: ProductCategoryRequestPayload }).strict(),
  z.object({ type: z.literal("product_type"), payload: ProductTypeRequestPayload }).strict(),
])
export type VendorCreateRequestType = z.infer<typeof VendorCreateRequest>
