import { FetchError } from "@medusajs/js-sdk"
import {
  keepPreviousData,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type {
  AdminOrderGroupListResponse,
  AdminOrderGroupResponse,
  AdminRefundOrderGroupResponse,
} from "../lib/types"

export const orderGroupKeys = queryKeys("order-groups")

export function useOrderGroups(
  query: Record<string, unknown>,
  options: { enabled?: boolean } = {}
) {
  return useQuery({
    queryKey: orderGroupKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminOrderGroupListResponse>("/admin/order-groups", {
        query,
      }),
    placeholderData: keepPreviousData,
    ...options,
  })
}

export function useOrderGroup(id: string) {
  return useQuery({
    queryKey: orderGroupKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminOrderGroupResponse>(`/admin/order-groups/${id}`),
  })
}

function useInvalidateGroup(id: string) {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: orderGroupKeys.all })
    queryClient.invalidateQueries({ queryKey: ["marketplace", "sellers"] })
    queryClient.invalidateQueries({ queryKey: ["marketplace", "overview"] })
    queryClient.invalidateQueries({ queryKey: orderGroupKeys.detail(id) })
  }
}

export function useCaptureOrderGroup(id: string) {
  const invalidate = useInvalidateGroup(id)
  return useMutation<AdminOrderGroupResponse, FetchError, void>({
    mutationFn: () =>
      sdk.client.fetch(`/admin/order-groups/${id}/capture`, {
        method: "POST",
        body: {},
      }),
    onSuccess: invalidate,
  })
}

export function useRefundGroupOrder(id: string) {
  const invalidate = useInvalidateGroup(id)
  return useMutation<
    AdminRefundOrderGroupResponse,
    FetchError,
    { order_id: string; amount?: number; note?: string }
  >({
    mutationFn: (body) =>
      sdk.client.fetch(`/admin/order-groups/${id}/refunds`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}
