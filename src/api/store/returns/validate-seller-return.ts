import type {
  MedusaNextFunction,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import SellerOrderLink from "../../../links/seller-order"
import { listSellerResourceIds } from "../../../workflows/catalog/utils/seller-resources"

type StoreReturnBody = {
  order_id: string
  return_shipping?: { option_id: string }
  location_id?: string | null
  receive_now?: boolean
}

/**
 * `POST /store/returns` (Medusa's own route) for an order a seller sells: the return must
 * travel with one of that seller's return shipping options to one of its own locations,
 * and only the seller receives it (`receive_now` would put stock back and trigger the
 * refund without anyone checking the parcel). Without a `location_id` the return is
 * addressed to the option's location (Medusa would leave the return without one, and it
 * could not be received into stock). Runs after Medusa's body validation.
 */
export async function validateSellerReturn(
  req: MedusaRequest,
  _res: MedusaResponse,
  next: MedusaNextFunction
) {
  try {
    const body = req.validatedBody as StoreReturnBody
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [link],
    } = await query.graph({
      entity: SellerOrderLink.entryPoint,
      fields: ["seller_id"],
      filters: { order_id: body.order_id },
    })
    const sellerId = (link as { seller_id?: string } | undefined)?.seller_id
    if (!sellerId) {
      return next()
    }
    if (body.receive_now) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The seller receives the returned items; receive_now is not allowed"
      )
    }
    const optionId = body.return_shipping?.option_id
    const owned = optionId
      ? await listSellerResourceIds(req.scope, "shipping_option", sellerId, [
          optionId,
        ])
      : []
    const {
      data: [option],
    } = owned.length
      ? await query.graph({
          entity: "shipping_option",
          fields: [
            "id",
            "rules.attribute",
            "rules.value",
            "service_zone.fulfillment_set.location.id",
          ],
          filters: { id: optionId },
        })
      : { data: [] }
    type Rule = { attribute: string; value: unknown } | null
    const isReturn = ((option?.rules ?? []) as Rule[]).some(
      (rule) => rule?.attribute === "is_return" && String(rule.value) === "true"
    )
    if (!isReturn) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Shipping option ${optionId} is not a return option of the order's seller`
      )
    }
    const locationId =
      body.location_id ?? option?.service_zone?.fulfillment_set?.location?.id
    if (
      !locationId ||
      !(
        await listSellerResourceIds(req.scope, "stock_location", sellerId, [
          locationId,
        ])
      ).length
    ) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Stock location ${locationId} is not one of the order's seller's`
      )
    }
    body.location_id = locationId
    next()
  } catch (error) {
    next(error)
  }
}
