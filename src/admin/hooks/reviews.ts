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
  AdminDeleteReviewResponse,
  AdminReviewListResponse,
  AdminReviewResponse,
} from "../lib/types"

export const reviewKeys = queryKeys("reviews")

/** A page of reviews (newest first) and how many wait for moderation. */
export function useReviews(query: Record<string, unknown>) {
  return useQuery({
    queryKey: reviewKeys.list(query),
    queryFn: async () => {
      const [page, pending] = await Promise.all([
        sdk.client.fetch<AdminReviewListResponse>("/admin/reviews", {
          query: { order: "-created_at", ...query },
        }),
        sdk.client.fetch<AdminReviewListResponse>("/admin/reviews", {
          query: { status: "pending", limit: 1, fields: "id" },
        }),
      ])
      return { ...page, pending: pending.count }
    },
    placeholderData: keepPreviousData,
  })
}

/** Publishes (note optional) or rejects (note required) a review. */
export function useModerateReview() {
  const queryClient = useQueryClient()
  return useMutation<
    AdminReviewResponse,
    FetchError,
    { id: string; decision: "publish" | "reject"; note?: string }
  >({
    mutationFn: ({ id, decision, note }) =>
      sdk.client.fetch(`/admin/reviews/${id}/${decision}`, {
        method: "POST",
        body: note ? { note } : {},
      }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}

export function useDeleteReview() {
  const queryClient = useQueryClient()
  return useMutation<AdminDeleteReviewResponse, FetchError, { id: string }>({
    mutationFn: ({ id }) =>
      sdk.client.fetch(`/admin/reviews/${id}`, { method: "DELETE" }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: reviewKeys.all }),
  })
}
