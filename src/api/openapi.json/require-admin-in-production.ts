import { configManager } from "@medusajs/framework/config"
import {
  authenticate,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"

/**
 * Lets anyone through outside production; in production only an admin (bearer token or
 * session), with Medusa's own 401 for anyone else. Without `isProduction` it asks the
 * loaded Medusa configuration (`configManager.isProduction`) on each request.
 */
export function requireAdminInProduction(isProduction?: boolean) {
  const authenticateAdmin = authenticate("user", ["bearer", "session"])
  return function requireAdminInProductionMiddleware(
    req: MedusaRequest,
    res: MedusaResponse,
    next: MedusaNextFunction
  ) {
    return (isProduction ?? configManager.isProduction)
      ? authenticateAdmin(req, res, next)
      : next()
  }
}
