import { z } from "@medusajs/framework/zod"
import { MAX_FILES_PER_UPLOAD } from "./upload-limits"

export const VendorCreatePresignedUrls = z
  .object({
    files: z
      .array(
        z.object({
          name: z.string().trim().min(1).max(200),
          mime_type: z.string().trim().toLowerCase().min(3),
          size: z.number().int().positive(),
        })
      )
      .min(1)
      .max(MAX_FILES_PER_UPLOAD),
  })
  .strict()
export type VendorCreatePresignedUrlsType = z.infer<
  typeof VendorCreatePresignedUrls
>
