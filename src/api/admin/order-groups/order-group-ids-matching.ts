import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import OrderGroupOrderLink from "../../../links/order-group-order"
import OrderGroupPaymentCollectionLink from "../../../links/order-group-payment-collection"
import SellerOrderLink from "../../../links/seller-order"

export type LinkedOrderGroupFilters = {
  seller_id?: string | string[]
  payment_status?: string | string[]
}

/**
 * Ids of the groups matching filters that live on linked records (the sellers of their
 * orders, the status of their payment collection); `undefined` when none is given.
 */
export async function orderGroupIdsMatching(
  scope: MedusaContainer,
  filters: LinkedOrderGroupFilters
): Promise<string[] | undefined> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const column = async (
    entity: string,
    field: string,
    where: Record<string, unknown>
  ) => {
    const { data } = await query.graph({
      entity,
      fields: [field],
      filters: where,
    })
    return (data as Record<string, string>[]).map((row) => row[field])
  }

  let ids: string[] | undefined
  const narrow = (found: string[]) => {
    ids =
      ids === undefined
        ? found
        : ids.filter((candidate) => found.includes(candidate))
  }
  if (filters.seller_id !== undefined) {
    const orderIds = await column(SellerOrderLink.entryPoint, "order_id", {
      seller_id: filters.seller_id,
    })
    narrow(
      orderIds.length
        ? await column(OrderGroupOrderLink.entryPoint, "order_group_id", {
            order_id: orderIds,
          })
        : []
    )
  }
  if (filters.payment_status !== undefined) {
    const collectionIds = await column("payment_collection", "id", {
      status: filters.payment_status,
    })
    narrow(
      collectionIds.length
        ? await column(
            OrderGroupPaymentCollectionLink.entryPoint,
            "order_group_id",
            {
              payment_collection_id: collectionIds,
            }
          )
        : []
    )
  }
  return ids
}
