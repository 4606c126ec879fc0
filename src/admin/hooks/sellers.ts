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
  AdminCreateSellerResponse,
  AdminSellerBalanceResponse,
  AdminSellerInviteListResponse,
  AdminSellerLedgerEntryListResponse,
  AdminSellerListResponse,
  AdminSellerMemberListResponse,
  AdminSellerOrderListResponse,
  AdminSellerPayoutAccountResponse,
  AdminSellerProductListResponse,
  AdminSellerResponse,
  Seller,
} from "../lib/types"

export const sellerKeys = queryKeys("sellers")
type Query = Record<string, unknown>

export type SellerAction = "approve" | "reject" | "suspend" | "reinstate"
export type SellerProfileInput = Partial<
  Pick<
    Seller,
    | "name"
    | "email"
    | "description"
    | "phone"
    | "address_line_1"
    | "address_line_2"
    | "city"
    | "postal_code"
    | "province"
    | "country_code"
    | "tax_id"
  >
>

export function useSellers(query: Query) {
  return useQuery({
    queryKey: sellerKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminSellerListResponse>("/admin/sellers", { query }),
    placeholderData: keepPreviousData,
  })
}

export function useSeller(id: string) {
  return useQuery({
    queryKey: sellerKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<AdminSellerResponse>(`/admin/sellers/${id}`),
  })
}

/** One sub-resource of a seller (members, ledger...), under the seller's detail key. */
function useSellerPart<T>(id: string, part: string, query?: Query) {
  return useQuery<T, FetchError>({
    queryKey: [...sellerKeys.detail(id), part, { query }],
    queryFn: () =>
      sdk.client.fetch<T>(`/admin/sellers/${id}/${part}`, { query }),
    placeholderData: keepPreviousData,
  })
}

export const useSellerMembers = (id: string, query: Query) =>
  useSellerPart<AdminSellerMemberListResponse>(id, "members", query)
export const useSellerInvites = (id: string, query: Query) =>
  useSellerPart<AdminSellerInviteListResponse>(id, "invites", query)
export const useSellerBalance = (id: string) =>
  useSellerPart<AdminSellerBalanceResponse>(id, "balance")
export const useSellerLedger = (id: string, query: Query) =>
  useSellerPart<AdminSellerLedgerEntryListResponse>(id, "ledger", query)
export const useSellerPayoutAccount = (id: string) =>
  useSellerPart<AdminSellerPayoutAccountResponse>(id, "payout-account")
export const useSellerProducts = (id: string, query: Query) =>
  useSellerPart<AdminSellerProductListResponse>(id, "products", query)
export const useSellerOrders = (id: string, query: Query) =>
  useSellerPart<AdminSellerOrderListResponse>(id, "orders", query)

export function useCreateSeller() {
  const queryClient = useQueryClient()
  return useMutation<
    AdminCreateSellerResponse,
    FetchError,
    { name: string; email: string; handle?: string }
  >({
    mutationFn: (body) =>
      sdk.client.fetch("/admin/sellers", { method: "POST", body }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: sellerKeys.lists() }),
  })
}

export function useUpdateSeller(id: string) {
  const queryClient = useQueryClient()
  return useMutation<AdminSellerResponse, FetchError, SellerProfileInput>({
    mutationFn: (body) =>
      sdk.client.fetch(`/admin/sellers/${id}`, { method: "POST", body }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: sellerKeys.lists() })
      queryClient.invalidateQueries({ queryKey: sellerKeys.detail(id) })
    },
  })
}

/** approve {note?} / reject {note} / suspend {reason} / reinstate {reason?}. */
export function useSellerAction(id: string) {
  const queryClient = useQueryClient()
  return useMutation<
    AdminSellerResponse,
    FetchError,
    { action: SellerAction; body: Record<string, string> }
  >({
    mutationFn: ({ action, body }) =>
      sdk.client.fetch(`/admin/sellers/${id}/${action}`, {
        method: "POST",
        body,
      }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: sellerKeys.all })
      queryClient.invalidateQueries({ queryKey: ["marketplace", "requests"] })
      queryClient.invalidateQueries({ queryKey: ["marketplace", "overview"] })
    },
  })
}

/** Names of the given sellers, for lists that carry only seller ids. */
export function useSellerNames(ids: string[]) {
  const unique = [...new Set(ids)].sort()
  const { data } = useQuery({
    queryKey: sellerKeys.list({ id: unique, fields: "id,name" }),
    queryFn: () =>
      sdk.client.fetch<AdminSellerListResponse>("/admin/sellers", {
        query: { id: unique, fields: "id,name", limit: unique.length },
      }),
    enabled: unique.length > 0,
    placeholderData: keepPreviousData,
  })
  return new Map(
    (data?.sellers ?? []).map((seller) => [seller.id, seller.name])
  )
}
