import { z } from "@medusajs/framework/zod"
import {
  REQUEST_STATUSES,
  REQUEST_TYPES,
} from "../../modules/request/constants"
import { JsonObject, listResponse, Timestamp } from "./common"

/** Something a seller asked an admin to review. */
export const VendorSellerRequest = z
  .object({
    id: z.string(),
    type: z.enum(REQUEST_TYPES),
    seller_id: z.string(),
    payload: JsonObject.nullable(),
    status: z.enum(REQUEST_STATUSES),
    submitted_by: z.string().nullable(),
    reviewer_note: z.string().nullable(),
    reviewed_at: Timestamp.nullable(),
    resource_id: z.string().nullable().meta({
      description:
        "What accepting the request created or changed: a category, a type, a product",
    }),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "VendorSellerRequest" })
export type VendorSellerRequest = z.infer<typeof VendorSellerRequest>

export const AdminSellerRequest = VendorSellerRequest.extend({
  reviewer_id: z.string().nullable(),
}).meta({
  id: "AdminSellerRequest",
})
export type AdminSellerRequest = z.infer<typeof AdminSellerRequest>

export const VendorRequestListResponse = listResponse(
  "requests",
  VendorSellerRequest
)
export type VendorRequestListResponse = z.infer<
  typeof VendorRequestListResponse
>

export const VendorRequestResponse = z.object({ request: VendorSellerRequest })
export type VendorRequestResponse = z.infer<typeof VendorRequestResponse>

export const AdminRequestListResponse = listResponse(
  "requests",
  AdminSellerRequest
)
export type AdminRequestListResponse = z.infer<typeof AdminRequestListResponse>

export const AdminRequestResponse = z.object({ request: AdminSellerRequest })
export type AdminRequestResponse = z.infer<typeof AdminRequestResponse>
