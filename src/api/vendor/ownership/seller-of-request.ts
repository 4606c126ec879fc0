import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { VendorRequest } from "../seller-context"

/** The calling seller's id from the resolved seller context (never from the client). */
export function sellerOfRequest(req: AuthenticatedMedusaRequest): string {
  const sellerId = (req as Partial<VendorRequest>).seller_context?.seller_id
  if (!sellerId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
  }
  return sellerId
}
