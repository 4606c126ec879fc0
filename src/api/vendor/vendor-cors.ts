import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { parseCorsOrigins } from "@medusajs/framework/utils"
import cors from "cors"
import { SELLER_MODULE, SellerModuleService } from "../../modules/seller"

/**
 * CORS for /vendor with the seller module's `vendorCors` origins (VENDOR_CORS), configured
 * like Medusa's own store/admin CORS. The origins are read from the module on the first
 * request.
 */
export function vendorCors() {
  let handler: { origins: string; handle: ReturnType<typeof cors> } | undefined

  return (
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const origins = req.scope
      .resolve<SellerModuleService>(SELLER_MODULE)
      .getSettings().vendorCors
    if (handler?.origins !== origins) {
      handler = {
        origins,
        handle: cors({
          origin: parseCorsOrigins(origins),
          credentials: true,
          preflightContinue: false,
        }),
      }
    }
    handler.handle(req, res, next)
  }
}
