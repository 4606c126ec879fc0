import cors from "cors"
import { parseCorsOrigins } from "@medusajs/framework/utils"
import { marketplaceEnv } from "../../config"

/** VENDOR_CORS for /vendor, configured like Medusa's own store/admin CORS. */
export function vendorCors() {
  return cors({
    origin: parseCorsOrigins(marketplaceEnv().http.vendorCors),
    credentials: true,
    preflightContinue: false,
  })
}
