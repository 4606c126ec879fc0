import type {
  AuthenticatedMedusaRequest,
  MedusaNextFunction,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import type { StoreGetOrderGroupParamsType } from "./validators"

/**
 * Who may read an order group (docs/orders-and-stats.md): the customer account that placed
 * it, with its token; or, for a guest checkout, whoever presents the id of the cart that
 * completed into it (`?cart_id=`, which only the storefront session that built the cart
 * knows). Anyone else — another customer, a guest without the cart id, a guest with the
 * cart id of an account's order — gets the same 404 as for a missing group.
 */
export async function ensureOrderGroupAccess(
  req: AuthenticatedMedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  const id = req.params.id
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [group],
  } = await query.graph({
    entity: "order_group",
    fields: ["id", "cart_id", "customer_id"],
    filters: { id },
  })
  const customerId =
    req.auth_context?.actor_type === "customer"
      ? req.auth_context.actor_id
      : null
  const cartId = (
    req.validatedQuery as StoreGetOrderGroupParamsType | undefined
  )?.cart_id
  const allowed =
    !!group &&
    ((!!group.customer_id && group.customer_id === customerId) ||
      (!!cartId &&
        cartId === group.cart_id &&
        !(await hasAccount(req, group.customer_id))))
  if (!allowed) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Order group with id: ${id} was not found`
    )
  }
  next()
}

async function hasAccount(
  req: AuthenticatedMedusaRequest,
  customerId: string | null
): Promise<boolean> {
  if (!customerId) {
    return false
  }
  const {
    data: [customer],
  } = await req.scope.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "customer",
    fields: ["id", "has_account"],
    filters: { id: customerId },
  })
  return !!customer?.has_account
}
