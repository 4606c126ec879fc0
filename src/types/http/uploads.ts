import { z } from "@medusajs/framework/zod"

/** A stored file (multipart upload) or an upload target (presigned URL): `id` is the file's key. */
export const UploadedFile = z
  .object({ id: z.string(), url: z.string() })
  .meta({ id: "UploadedFile" })
export type UploadedFile = z.infer<typeof UploadedFile>

export const VendorUploadResponse = z.object({ files: z.array(UploadedFile) })
export type VendorUploadResponse = z.infer<typeof VendorUploadResponse>
