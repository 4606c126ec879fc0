import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type { MarketplaceOverview, OrderMarketplaceDetails, ProductMarketplaceDetails } from "../lib/types"

export function useMarketplaceOverview(days = 30) {
  return useQuery({
    queryKey: ["marketplace", "overview", { days }],
    queryFn: () =>
      sdk.client.fetch<{ overview: MarketplaceOverview }>("/admin/marketplace/overview", { query: { days } }),
  })
}

export function useOrderMarketplaceDetails(orderId: string) {
  return useQuery({
    queryKey: ["marketplace", "orders", orderId],
    queryFn: () => sdk.client.fetch<OrderMarketplaceDetails>(`/admin/orders/${orderId}/marketplace`),
  })
}

export function useProductMarketplaceDetails(productId: string) {
  return useQuery({
    queryKey: ["marketplace", "products", productId],
    queryFn: () => sdk.client.fetch<ProductMarketplaceDetails>(`/admin/products/${productId}/marketplace`),
  })
}
