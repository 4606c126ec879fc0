import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import type { SizedUploadUrlInput } from "../../../../providers/file-s3"
import { SELLER_MODULE, SellerModuleService } from "../../../../modules/seller"
import type { VendorUploadResponse } from "../../../../types/http"
import { uniqueSellerFileName } from "../../../../workflows/seller/utils/seller-file-path"
import type { VendorRequest } from "../../seller-context"
import { withFileStorage } from "../storage-unavailable"
import type { VendorCreatePresignedUrlsType } from "../validators"

/**
 * Upload URLs for direct uploads to the file store → `{ files: [{ id, url }] }`.
 * Type and declared size are checked like multipart uploads, then both are signed into the
 * URL (`Content-Type` and `Content-Length` are SigV4 signed headers): the storage refuses a
 * `PUT` of another size or type. Needs FILE_PROVIDER=s3 (the seller module's
 * `uploads.presigned`), whose provider (src/providers/file-s3) signs them.
 */
export const POST = async (
  req: VendorRequest<VendorCreatePresignedUrlsType>,
  res: MedusaResponse<VendorUploadResponse>
) => {
  const { presigned, maxBytes, allowedTypes } = req.scope
    .resolve<SellerModuleService>(SELLER_MODULE)
    .getSettings().uploads
  if (!presigned) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "Presigned uploads need FILE_PROVIDER=s3; use POST /vendor/uploads"
    )
  }
  for (const file of req.validatedBody.files) {
    if (!allowedTypes.includes(file.mime_type)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `File type ${file.mime_type} is not allowed (allowed: ${allowedTypes.join(", ")})`
      )
    }
    if (file.size > maxBytes) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `File ${file.name} is larger than the limit of ${maxBytes} bytes`
      )
    }
  }
  const fileModule = req.scope.resolve(Modules.FILE)
  const files = []
  for (const file of req.validatedBody.files) {
    // Signing is local with static keys; other S3 credentials may need a network call.
    const upload = await withFileStorage(() => {
      const sized: SizedUploadUrlInput = {
        // Presigned keys are used as given, so make each one unique.
        filename: uniqueSellerFileName(req.seller_context.seller_id, file.name),
        mimeType: file.mime_type,
        access: "public",
        size: file.size,
      }
      // The file module hands the DTO to the provider as it is.
      return fileModule.getUploadFileUrls(sized)
    }, "no upload URL could be created")
    files.push({ id: upload.key, url: upload.url })
  }
  res.json({ files })
}
