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
  AdminPayoutListResponse,
  AdminPayoutResponse,
  AdminRunPayoutsResponse,
} from "../lib/types"

export const payoutKeys = queryKeys("payouts")

export function usePayouts(query: Record<string, unknown>) {
  return useQuery({
    queryKey: payoutKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminPayoutListResponse>("/admin/payouts", { query }),
    placeholderData: keepPreviousData,
  })
}

export function usePayout(id: string) {
  return useQuery({
    queryKey: payoutKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminPayoutResponse>(`/admin/payouts/${id}`),
  })
}

function useInvalidatePayouts() {
  const queryClient = useQueryClient()
  return () => {
    queryClient.invalidateQueries({ queryKey: payoutKeys.all })
    queryClient.invalidateQueries({ queryKey: ["marketplace", "sellers"] })
    queryClient.invalidateQueries({ queryKey: ["marketplace", "overview"] })
  }
}

export function useRunPayouts() {
  const invalidate = useInvalidatePayouts()
  return useMutation<AdminRunPayoutsResponse, FetchError, void>({
    mutationFn: () =>
      sdk.client.fetch("/admin/payouts/run", { method: "POST", body: {} }),
    onSuccess: invalidate,
  })
}

export function useMarkPayout(id: string) {
  const invalidate = useInvalidatePayouts()
  return useMutation<
    AdminPayoutResponse,
    FetchError,
    | { outcome: "mark-paid"; provider_reference?: string }
    | { outcome: "mark-failed"; reason: string }
  >({
    mutationFn: ({ outcome, ...body }) =>
      sdk.client.fetch(`/admin/payouts/${id}/${outcome}`, {
        method: "POST",
        body,
      }),
    onSuccess: invalidate,
  })
}
