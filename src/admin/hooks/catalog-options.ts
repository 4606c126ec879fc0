import { useQuery } from "@tanstack/react-query"
import { sdk } from "../lib/sdk"

type Option = { value: string; label: string }

/** Sellers, product types and categories a commission rule can be scoped to (first 200 each). */
export function useScopeOptions() {
  return useQuery({
    queryKey: ["marketplace", "scope-options"],
    queryFn: async () => {
      const [sellers, types, categories] = await Promise.all([
        sdk.client.fetch<{ sellers: { id: string; name: string }[] }>(
          "/admin/sellers",
          {
            query: { fields: "id,name", limit: 200, order: "name" },
          }
        ),
        sdk.client.fetch<{ product_types: { id: string; value: string }[] }>(
          "/admin/product-types",
          {
            query: { fields: "id,value", limit: 200 },
          }
        ),
        sdk.client.fetch<{
          product_categories: { id: string; name: string }[]
        }>("/admin/product-categories", {
          query: { fields: "id,name", limit: 200 },
        }),
      ])
      return {
        sellers: sellers.sellers.map((seller): Option => ({
          value: seller.id,
          label: seller.name,
        })),
        productTypes: types.product_types.map((type): Option => ({
          value: type.id,
          label: type.value,
        })),
        categories: categories.product_categories.map((category): Option => ({
          value: category.id,
          label: category.name,
        })),
      }
    },
    staleTime: 60_000,
  })
}
