import type { AxiosInstance } from "axios"
import type { StorefrontSpec } from "./marketplace-builder"
import { Headers, registerSeller, SellerAccount } from "./sellers"
import type {
  VendorProductResponse,
  VendorRequestListResponse,
  VendorShippingOptionResponse,
  VendorStockLocationResponse,
} from "../../src/types/http"

/**
 * The storefront of the specs whose sellers build their catalog through the vendor routes,
 * which put products and stock locations in the store's default sales channel: that
 * channel, a EUR region over Germany and France, no tax region.
 */
export const VENDOR_STOREFRONT: StorefrontSpec = {
  name: "catalog storefront",
  salesChannel: "default",
  region: { name: "Europe", countries: ["de", "fr"] },
  vatRate: null,
}

/** Registers a seller through the vendor routes and approves it as the admin. */
export async function openSeller(
  api: AxiosInstance,
  admin: Headers,
  name: string
): Promise<SellerAccount> {
  const account = await registerSeller(api, name)
  await api.post(`/admin/sellers/${account.seller.id}/approve`, {}, admin)
  return account
}

/** A product body as a vendor sends it: one option, one variant per price (EUR). */
export function productBody(title: string, prices: number[] = [10]) {
  return {
    title,
    description: `${title}, made by hand`,
    images: [
      { url: `https://cdn.example.test/${encodeURIComponent(title)}.png` },
    ],
    options: [
      { title: "Size", values: prices.map((_, index) => `S${index + 1}`) },
    ],
    variants: prices.map((amount, index) => ({
      title: `${title} S${index + 1}`,
      sku: `${title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${index + 1}`,
      options: { Size: `S${index + 1}` },
      prices: [{ currency_code: "eur", amount }],
    })),
  }
}

export type SellerCatalog = {
  stockLocationId: string
  shippingOptionId: string
  productId: string
  variantIds: string[]
  /** EUR price of each variant, in the order of variantIds. */
  prices: number[]
}

/**
 * Everything a seller needs to sell, built through its own routes: a stock location,
 * a shipping option, a product (publication accepted by the admin) and stock.
 */
export async function createSellerCatalog(
  api: AxiosInstance,
  admin: Headers,
  account: SellerAccount,
  options: {
    title: string
    prices?: number[]
    stock?: number
    shippingPrice?: number
  }
): Promise<SellerCatalog> {
  const { owner } = account
  const {
    data: { stock_location },
  } = await api.post<VendorStockLocationResponse>(
    "/vendor/stock-locations",
    { name: `${options.title} warehouse` },
    owner
  )
  const {
    data: { shipping_option },
  } = await api.post<VendorShippingOptionResponse>(
    "/vendor/shipping-options",
    {
      name: `${options.title} standard`,
      stock_location_id: stock_location.id,
      prices: [{ currency_code: "eur", amount: options.shippingPrice ?? 5 }],
    },
    owner
  )
  const {
    data: { product },
  } = await api.post<VendorProductResponse>(
    "/vendor/products",
    productBody(options.title, options.prices),
    owner
  )
  const {
    data: { requests },
  } = await api.get<VendorRequestListResponse>("/vendor/requests", {
    ...owner,
    params: { type: "product_publication", status: "pending" },
  })
  const request = requests.find((r) => r.payload?.product_id === product.id)
  if (request) {
    await api.post(`/admin/requests/${request.id}/accept`, {}, admin)
  }
  const variantIds = product.variants.map((variant) => variant.id)
  for (const variantId of variantIds) {
    await api.post(
      `/vendor/products/${product.id}/variants/${variantId}/inventory`,
      { location_id: stock_location.id, stocked_quantity: options.stock ?? 10 },
      owner
    )
  }
  return {
    stockLocationId: stock_location.id,
    shippingOptionId: shipping_option.id,
    productId: product.id,
    variantIds,
    prices: options.prices ?? [10],
  }
}
