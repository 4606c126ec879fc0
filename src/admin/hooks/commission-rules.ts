import { FetchError } from "@medusajs/js-sdk"
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { queryKeys } from "../lib/query-keys"
import { sdk } from "../lib/sdk"
import type { CommissionRule, ListResponse } from "../lib/types"

export const commissionRuleKeys = queryKeys("commission-rules")

export type CommissionRuleInput = Partial<Omit<CommissionRule, "id" | "created_at">>

export function useCommissionRules(query: Record<string, unknown>) {
  return useQuery({
    queryKey: commissionRuleKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ListResponse<"commission_rules", CommissionRule>>("/admin/commission-rules", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useSaveCommissionRule(id?: string) {
  const queryClient = useQueryClient()
  return useMutation<{ commission_rule: CommissionRule }, FetchError, CommissionRuleInput>({
    mutationFn: (body) =>
      sdk.client.fetch(id ? `/admin/commission-rules/${id}` : "/admin/commission-rules", { method: "POST", body }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRuleKeys.all }),
  })
}

export function useDeleteCommissionRule() {
  const queryClient = useQueryClient()
  return useMutation<{ id: string; deleted: boolean }, FetchError, string>({
    mutationFn: (id) => sdk.client.fetch(`/admin/commission-rules/${id}`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: commissionRuleKeys.all }),
  })
}
