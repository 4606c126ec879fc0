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
  AdminCommissionRuleDeleteResponse,
  AdminCommissionRuleListResponse,
  AdminCommissionRuleResponse,
  CommissionRule,
} from "../lib/types"

export const commissionRuleKeys = queryKeys("commission-rules")

export type CommissionRuleInput = Partial<
  Omit<CommissionRule, "id" | "created_at">
>

export function useCommissionRules(query: Record<string, unknown>) {
  return useQuery({
    queryKey: commissionRuleKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminCommissionRuleListResponse>(
        "/admin/commission-rules",
        { query }
      ),
    placeholderData: keepPreviousData,
  })
}

export function useSaveCommissionRule(id?: string) {
  const queryClient = useQueryClient()
  return useMutation<
    AdminCommissionRuleResponse,
    FetchError,
    CommissionRuleInput
  >({
    mutationFn: (body) =>
      sdk.client.fetch(
        id ? `/admin/commission-rules/${id}` : "/admin/commission-rules",
        { method: "POST", body }
      ),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: commissionRuleKeys.all }),
  })
}

export function useDeleteCommissionRule() {
  const queryClient = useQueryClient()
  return useMutation<AdminCommissionRuleDeleteResponse, FetchError, string>({
    mutationFn: (id) =>
      sdk.client.fetch(`/admin/commission-rules/${id}`, { method: "DELETE" }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: commissionRuleKeys.all }),
  })
}
