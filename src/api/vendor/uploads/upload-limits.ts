import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import { marketplaceEnv } from "../../../config"

export const MAX_FILES_PER_UPLOAD = 10

/**
 * Parses multipart `files` into memory, refusing (400, nothing stored) a type outside
 * UPLOAD_ALLOWED_TYPES, a file over UPLOAD_MAX_BYTES, too many files or a malformed body.
 */
export function parseSellerUploads() {
  const { maxBytes, allowedTypes } = marketplaceEnv().marketplace.uploads
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD },
    fileFilter: (_req, file, accept) => {
      if (!allowedTypes.includes(file.mimetype.toLowerCase())) {
        return accept(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `File type ${file.mimetype} is not allowed (allowed: ${allowedTypes.join(", ")})`
          )
        )
      }
      accept(null, true)
    },
  }).array("files")

  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    upload(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        const message =
          error.code === "LIMIT_FILE_SIZE"
            ? `File is larger than the limit of ${maxBytes} bytes`
            : error.code === "LIMIT_FILE_COUNT"
              ? `At most ${MAX_FILES_PER_UPLOAD} files can be uploaded at once`
              : `Invalid upload: ${error.message}`
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
      }
      if (typeof error === "object" && error !== null && !MedusaError.isMedusaError(error)) {
        // busboy's parse errors (malformed part header, unexpected end of form, no boundary)
        // are plain Errors, which Medusa's error handler would answer with a 500.
        const { message } = error as { message?: unknown }
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Invalid multipart body: ${message}`))
      }
      next(error)
    })
  }
}
