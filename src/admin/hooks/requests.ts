import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { ListResponse, MarketplaceRequest } from "../lib/types"

export const requestKeys = queryKeys("requests")

export function useRequests(query: Record<string, unknown>) {
  return useQuery({
    queryKey: requestKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse<"requests", MarketplaceRequest>>("/admin/requests", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Accepts (note optional) or rejects (note required) a pending request. */
export function useReviewRequest() {
  const queryClient = useQueryClient()
  return useMutation<
    { request: MarketplaceRequest },
    FetchError,
    { id: string; decision: "accept" | "reject"; note?: string }
  >({
    mutationFn: ({ id, decision, note }) =>
      sdk.client.fetch(`/admin/requests/${id}/${decision}`, { method: "POST", body: note ? { note } : {} }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: requestKeys.all })
      queryClient.invalidateQueries({ queryKey: ["marketplace", "sellers"] })
      queryClient.invalidateQueries({ queryKey: ["marketplace", "overview"] })
    },
  })
}
