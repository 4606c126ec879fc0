import { z } from "@medusajs/framework/zod"
import { createFindParams } from "@medusajs/medusa/api/utils/validators"
import {
  REQUEST_STATUSES,
  RequestType,
} from "../../../modules/request/constants"
import {
  ProductCategoryRequestPayload,
  ProductTypeRequestPayload,
  ReviewRemovalRequestPayload,
} from "../../../workflows/request/utils/request-payloads"

export const VendorGetRequestsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  status: z.enum(REQUEST_STATUSES).optional(),
  type: z.string().optional(),
})

/**
 * Types a seller files itself (suggestions, removal of a review), with the payload accepting
 * them needs; registrations,
 * publications and product updates are filed by their workflows.
 */
export const VendorCreateRequest = z.discriminatedUnion("type", [
  z
    .object({
      type: z.literal(RequestType.PRODUCT_CATEGORY),
      payload: ProductCategoryRequestPayload,
    })
    .strict(),
  z
    .object({
      type: z.literal(RequestType.PRODUCT_TYPE),
      payload: ProductTypeRequestPayload,
    })
    .strict(),
  z
    .object({
      type: z.literal(RequestType.REVIEW_REMOVAL),
      payload: ReviewRemovalRequestPayload,
    })
    .strict(),
])
export type VendorCreateRequestType = z.infer<typeof VendorCreateRequest>
