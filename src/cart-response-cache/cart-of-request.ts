import type { MedusaRequest } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** Finds the cart a mutating request changes, once the mutation has run. */
export type CartOfRequest = (
  req: MedusaRequest
) => Promise<string | undefined> | string | undefined

/** The cart of `/store/carts/:id/...` routes. */
export const cartFromPath: CartOfRequest = (req) => req.params.id

/** `POST /store/payment-collections` names its cart in the body. */
export const cartFromPaymentCollectionBody: CartOfRequest = (req) => {
  const body = (req.validatedBody ?? req.body) as
    { cart_id?: unknown } | undefined
  return typeof body?.cart_id === "string" ? body.cart_id : undefined
}

/** `/store/payment-collections/:id/...` reaches its cart through the cart–payment collection link. */
export const cartFromPaymentCollectionPath: CartOfRequest = async (
  req: MedusaRequest
) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart_payment_collection",
    fields: ["cart_id"],
    filters: { payment_collection_id: req.params.id },
  })
  const link = data[0] as { cart_id?: string } | undefined
  return link?.cart_id
}
