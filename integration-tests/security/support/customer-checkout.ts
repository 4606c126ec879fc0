import type { AxiosInstance } from "axios"
import {
  MarketplaceFixture,
  SellerFixture,
  SHIPPING_ADDRESS,
} from "../../utils/marketplace-builder"
import { startSystemPayment } from "../../utils/store-cart"
import type { Headers } from "../../utils/sellers"
import type {
  StoreCompleteCartResponse,
  StoreOrderGroup,
} from "../../../src/types/http"

export type PlacedOrder = StoreOrderGroup["orders"][number]

/**
 * The customer buys two of every variant of each seller in one cart and completes it through
 * the split checkout: one order group, one order per seller, all of them the customer's.
 */
export async function checkoutAsCustomer(
  api: AxiosInstance,
  marketplace: MarketplaceFixture,
  customer: Headers,
  sellers: SellerFixture[]
): Promise<StoreOrderGroup> {
  const items = sellers
    .flatMap((seller) => seller.variants)
    .map((variant) => ({ variant_id: variant.id, quantity: 2 }))
  const {
    data: { cart },
  } = await api.post(
    "/store/carts",
    {
      region_id: marketplace.regionId,
      shipping_address: SHIPPING_ADDRESS,
      billing_address: SHIPPING_ADDRESS,
      items,
    },
    customer
  )
  for (const seller of sellers) {
    await api.post(
      `/store/carts/${cart.id}/shipping-methods`,
      { option_id: seller.shippingOptionId },
      customer
    )
  }
  await startSystemPayment(api, cart.id, customer)
  const { data } = await api.post<StoreCompleteCartResponse>(
    `/store/carts/${cart.id}/complete`,
    {},
    customer
  )
  if (data.type !== "order_group") {
    throw new Error(`checkout did not complete: ${JSON.stringify(data.error)}`)
  }
  return data.order_group
}
