import {
  authenticate,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaRequest,
  type MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's `authenticate("seller", ...)`, except that a missing, invalid or foreign
 * (customer, admin) token goes to the error handler as a 401 `{ type: "unauthorized",
 * message }` like every other /vendor error, instead of Medusa's bare `{ message }`.
 * Registration tokens (no seller member yet) are let through for the onboarding routes.
 */
export function authenticateSeller() {
  const medusaAuthenticate = authenticate("seller", ["bearer", "session"], {
    allowUnregistered: true,
    allowUnauthenticated: true,
    // allowUnauthenticated would otherwise turn the MFA requirement off.
    requireMfa: true,
  })
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) =>
    medusaAuthenticate(req, res, (error?: unknown) => {
      if (error) {
        return next(error)
      }
      if (!(req as AuthenticatedMedusaRequest).auth_context?.auth_identity_id) {
        return next(
          new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
        )
      }
      next()
    })
}
