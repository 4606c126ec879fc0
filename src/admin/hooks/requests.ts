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
  AdminRequestListResponse,
  AdminRequestResponse,
  RequestStatus,
} from "../lib/types"

export const requestKeys = queryKeys("requests")

export function useRequests(query: Record<string, unknown>) {
  return useQuery({
    queryKey: requestKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminRequestListResponse>("/admin/requests", { query }),
    placeholderData: keepPreviousData,
  })
}

/** Accepts (note optional) or rejects (note required) a pending request. */
export function useReviewRequest() {
  const queryClient = useQueryClient()
  return useMutation<
    AdminRequestResponse,
    FetchError,
    { id: string; decision: "accept" | "reject"; note?: string }
  >({
    mutationFn: ({ id, decision, note }) =>
      sdk.client.fetch(`/admin/requests/${id}/${decision}`, {
        method: "POST",
        body: note ? { note } : {},
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: requestKeys.all })
      queryClient.invalidateQueries({ queryKey: ["marketplace", "sellers"] })
      queryClient.invalidateQueries({ queryKey: ["marketplace", "overview"] })
    },
  })
}

const REVIEWED: RequestStatus[] = ["accepted", "rejected", "withdrawn"]

/**
 * The review queue: pending requests first (oldest first: they have waited longest), then
 * the reviewed ones, newest first. Two API lists paged as one.
 */
export function useReviewQueue({
  limit,
  offset,
  status,
  type,
}: {
  limit: number
  offset: number
  status?: RequestStatus | RequestStatus[]
  type?: string | string[]
}) {
  const statuses =
    status === undefined ? undefined : ([] as RequestStatus[]).concat(status)
  const wantsPending = !statuses || statuses.includes("pending")
  const reviewed = statuses
    ? statuses.filter((value) => value !== "pending")
    : REVIEWED
  return useQuery({
    queryKey: requestKeys.list({ queue: true, limit, offset, status, type }),
    queryFn: async () => {
      const list = (query: Record<string, unknown>) =>
        sdk.client.fetch<AdminRequestListResponse>("/admin/requests", {
          query: { ...query, ...(type ? { type } : {}) },
        })
      const pending = wantsPending
        ? await list({ status: "pending", limit, offset, order: "created_at" })
        : { requests: [], count: 0 }
      const room = limit - pending.requests.length
      const rest = reviewed.length
        ? await list({
            status: reviewed,
            // Only the count is needed when the pending page is full.
            limit: Math.max(room, 1),
            offset: Math.max(0, offset - pending.count),
            order: "-created_at",
          })
        : { requests: [], count: 0 }
      return {
        requests: [
          ...pending.requests,
          ...(room > 0 ? rest.requests.slice(0, room) : []),
        ],
        count: pending.count + rest.count,
        pending: pending.count,
      }
    },
    placeholderData: keepPreviousData,
  })
}
