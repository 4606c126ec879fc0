import { errorHandler, MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { asLockConflict } from "./lock-conflict"
import { isServiceUnavailable, SERVICE_UNAVAILABLE } from "./service-unavailable"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, after mapping lock timeouts to `conflict` (409) whatever
 * the locking provider, and answering 503 `{ type, message }` when a backing service
 * is down (Medusa's handler would hide that behind a generic 500).
 * Registered as `errorHandler` in src/api/middlewares.ts.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (isServiceUnavailable(error)) {
    req.scope?.resolve(ContainerRegistrationKeys.LOGGER).warn(`503 at ${req.path}: ${error.message}`)
    res.status(503).json({ type: SERVICE_UNAVAILABLE, message: error.message })
    return
  }
  return medusaErrorHandler(asLockConflict(error), req, res, next)
}
