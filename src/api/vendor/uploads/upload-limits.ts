import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"
import {
  SELLER_MODULE,
  SellerModuleService,
  SellerUploadSettings,
} from "../../../modules/seller"

export const MAX_FILES_PER_UPLOAD = 10

type Parser = ReturnType<ReturnType<typeof multer>["array"]>

function uploadParser({
  maxBytes,
  allowedTypes,
}: SellerUploadSettings): Parser {
  return multer({
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
}

/**
 * Parses multipart `files` into memory, refusing (400, nothing stored) a type outside the
 * seller module's `uploads.allowedTypes`, a file over `uploads.maxBytes`, too many files or a
 * malformed body. The limits are read from the module on the first request.
 */
export function parseSellerUploads() {
  let parser: { settings: SellerUploadSettings; parse: Parser } | undefined

  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const settings = req.scope
      .resolve<SellerModuleService>(SELLER_MODULE)
      .getSettings().uploads
    if (parser?.settings !== settings) {
      parser = { settings, parse: uploadParser(settings) }
    }
    parser.parse(req, res, (error: unknown) => {
      if (error instanceof multer.MulterError) {
        const message =
          error.code === "LIMIT_FILE_SIZE"
            ? `File is larger than the limit of ${settings.maxBytes} bytes`
            : error.code === "LIMIT_FILE_COUNT"
              ? `At most ${MAX_FILES_PER_UPLOAD} files can be uploaded at once`
              : `Invalid upload: ${error.message}`
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
      }
      if (
        typeof error === "object" &&
        error !== null &&
        !MedusaError.isMedusaError(error)
      ) {
        // busboy's parse errors (malformed part header, unexpected end of form, no boundary)
        // are plain Errors, which Medusa's error handler would answer with a 500.
        const { message } = error as { message?: unknown }
        return next(
          new MedusaError(
            MedusaError.Types.INVALID_DATA,
            `Invalid multipart body: ${message}`
          )
        )
      }
      next(error)
    })
  }
}
