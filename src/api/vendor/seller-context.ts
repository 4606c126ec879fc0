import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import {
  MemberRole,
  SELLER_MODULE,
  SellerModuleService,
  SellerStatus,
} from "../../modules/seller"

/** Who is calling a /vendor route, resolved once from the token's actor (a member id). */
export type SellerContext = {
  seller_id: string
  member_id: string
  role: MemberRole
  status: SellerStatus
}

export type VendorRequest<
  Body = unknown,
  Query = Record<string, unknown>,
> = AuthenticatedMedusaRequest<Body, Query> & { seller_context: SellerContext }

/** Routes used before the caller is a member: they take a registration token. */
const ONBOARDING_ROUTES = new Set([
  "POST /vendor/sellers",
  "POST /vendor/invites/accept",
])

const INACTIVE_STATUSES: SellerStatus[] = ["suspended", "terminated"]
const READ_METHODS = new Set(["GET", "HEAD", "OPTIONS"])

/**
 * Resolves member → seller → role for every /vendor route. The seller id always
 * comes from here, never from the client.
 */
export async function resolveSellerContext(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const actorId = req.auth_context?.actor_id
    if (!actorId) {
      if (ONBOARDING_ROUTES.has(routeKey(req))) {
        return next()
      }
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
    }
    const [member] = await req.scope
      .resolve<SellerModuleService>(SELLER_MODULE)
      .listMembers({ id: actorId }, { relations: ["seller"] })
    if (!member?.seller) {
      throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Unauthorized")
    }
    ;(req as VendorRequest).seller_context = {
      seller_id: member.seller.id,
      member_id: member.id,
      role: member.role as MemberRole,
      status: member.seller.status as SellerStatus,
    }
    next()
  } catch (error) {
    next(error)
  }
}

/** Suspended and terminated sellers may read, never write. */
export function blockInactiveSellerWrites(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const context = (req as Partial<VendorRequest>).seller_context
  if (
    context &&
    INACTIVE_STATUSES.includes(context.status) &&
    !READ_METHODS.has(req.method)
  ) {
    return next(
      new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Seller ${context.seller_id} is ${context.status}; changes are not allowed until an admin reinstates it`
      )
    )
  }
  next()
}

/** Route guard: only these member roles may call the route. */
export function requireSellerRole(...roles: MemberRole[]) {
  return (
    req: AuthenticatedMedusaRequest,
    _res: MedusaResponse,
    next: MedusaNextFunction
  ) => {
    const context = (req as Partial<VendorRequest>).seller_context
    if (!context || !roles.includes(context.role)) {
      return next(
        new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Only a seller ${roles.join(" or ")} can do this`
        )
      )
    }
    next()
  }
}

function routeKey(req: AuthenticatedMedusaRequest): string {
  const path = req.originalUrl.split("?")[0].replace(/\/+$/, "")
  return `${req.method} ${path}`
}
