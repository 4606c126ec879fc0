import {
  errorHandler,
  MedusaErrorHandlerFunction,
} from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { asLockConflict } from "./lock-conflict"
import { asMalformedRequest } from "./malformed-request"
import {
  asServiceUnavailable,
  SERVICE_UNAVAILABLE,
} from "./service-unavailable"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, after mapping lock timeouts to `conflict` (409) whatever
 * the locking provider and malformed requests to `invalid_data` (400, see
 * malformed-request.ts), and answering 503 `{ type, message }` when a backing service
 * is down (Medusa's handler would hide both behind a generic 500).
 * Registered as `errorHandler` in src/api/middlewares.ts.
 */
export const marketplaceErrorHandler: MedusaErrorHandlerFunction = (
  error,
  req,
  res,
  next
) => {
  const unavailable = asServiceUnavailable(error)
  if (unavailable) {
    const cause = (error as { message?: unknown } | null)?.message ?? error
    req.scope
      ?.resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`503 at ${req.path}: ${cause}`)
    res
      .status(503)
      .json({ type: SERVICE_UNAVAILABLE, message: unavailable.message })
    return
  }
  return medusaErrorHandler(
    asLockConflict(asMalformedRequest(error)),
    req,
    res,
    next
  )
}
