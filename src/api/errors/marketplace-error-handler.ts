import { errorHandler, MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { asLockConflict } from "./lock-conflict"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, after mapping lock timeouts to `conflict` (409) whatever
 * the locking provider. Registered as `errorHandler` in src/api/middlewares.ts.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) =>
  medusaErrorHandler(asLockConflict(error), req, res, next)
