import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"
import type {
  AdminMarketplaceOverviewResponse,
  AdminOrderMarketplaceResponse,
  AdminProductMarketplaceResponse,
} from "../lib/types"

export function useMarketplaceOverview(days = 30) {
  return useQuery({
    queryKey: ["marketplace", "overview", { days }],
    queryFn: () =>
      sdk.client.fetch<AdminMarketplaceOverviewResponse>(
        "/admin/marketplace/overview",
        { query: { days } }
      ),
  })
}

export function useOrderMarketplaceDetails(orderId: string) {
  return useQuery({
    queryKey: ["marketplace", "orders", orderId],
    queryFn: () =>
      sdk.client.fetch<AdminOrderMarketplaceResponse>(
        `/admin/orders/${orderId}/marketplace`
      ),
  })
}

export function useProductMarketplaceDetails(productId: string) {
  return useQuery({
    queryKey: ["marketplace", "products", productId],
    queryFn: () =>
      sdk.client.fetch<AdminProductMarketplaceResponse>(
        `/admin/products/${productId}/marketplace`
      ),
  })
}
