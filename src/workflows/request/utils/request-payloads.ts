import { z } from "@medusajs/framework/zod"

/** What a seller suggests with a `product_category` request; accepting it creates the category. */
export const ProductCategoryRequestPayload = z
  .object({
    name: z.string().trim().min(1).max(255),
    handle: z
      .string()
      .trim()
      .regex(
        /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
        "handle must be lower-case words joined by dashes"
      )
      .max(255)
      .optional(),
    parent_category_id: z.string().min(1).optional(),
    description: z.string().trim().max(2000).optional(),
  })
  .strict()
export type ProductCategoryRequestPayloadType = z.infer<
  typeof ProductCategoryRequestPayload
>

/** What a seller suggests with a `product_type` request; accepting it creates the type. */
export const ProductTypeRequestPayload = z
  .object({ value: z.string().trim().min(1).max(255) })
  .strict()
export type ProductTypeRequestPayloadType = z.infer<
  typeof ProductTypeRequestPayload
>

/** What a seller files with a `review_removal` request; accepting it deletes the review. */
export const ReviewRemovalRequestPayload = z
  .object({
    review_id: z.string().trim().min(1).max(64),
    reason: z.string().trim().min(1).max(2000),
  })
  .strict()
export type ReviewRemovalRequestPayloadType = z.infer<
  typeof ReviewRemovalRequestPayload
>
