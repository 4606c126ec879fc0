import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import type { VendorUploadResponse } from "../../../types/http"
import { sellerFileName } from "../../../workflows/seller/utils/seller-file-path"
import type { VendorRequest } from "../seller-context"
import { contentMatchesType } from "./file-signature"
import { withFileStorage } from "./storage-unavailable"

/** Multipart `files` → `{ files: [{ id, url }] }`, stored under the seller's folder. */
export const POST = async (
  req: VendorRequest,
  res: MedusaResponse<VendorUploadResponse>
) => {
  const files = (req.files ?? []) as Express.Multer.File[]
  if (!files.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "No files were uploaded (field `files`)"
    )
  }
  const mismatched = files.find(
    (file) => !contentMatchesType(file.buffer, file.mimetype)
  )
  if (mismatched) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `The content of ${mismatched.originalname} is not ${mismatched.mimetype}`
    )
  }
  const { result } = await withFileStorage(
    () =>
      uploadFilesWorkflow(req.scope).run({
        input: {
          files: files.map((file) => ({
            filename: sellerFileName(
              req.seller_context.seller_id,
              file.originalname
            ),
            mimeType: file.mimetype,
            content: file.buffer.toString("base64"),
            access: "public" as const,
          })),
        },
      }),
    "the files were not uploaded"
  )
  res
    .status(200)
    .json({ files: result.map((file) => ({ id: file.id, url: file.url })) })
}
