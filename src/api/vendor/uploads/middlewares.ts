import {
  MiddlewareRoute,
  validateAndTransformBody,
} from "@medusajs/framework/http"
import { parseSellerUploads } from "./upload-limits"
import { VendorCreatePresignedUrls } from "./validators"

export const vendorUploadRoutesMiddlewares: MiddlewareRoute[] = [
  {
    methods: ["POST"],
    matcher: "/vendor/uploads",
    bodyParser: false,
    middlewares: [parseSellerUploads()],
  },
  {
    methods: ["POST"],
    matcher: "/vendor/uploads/presigned-urls",
    middlewares: [validateAndTransformBody(VendorCreatePresignedUrls)],
  },
]
