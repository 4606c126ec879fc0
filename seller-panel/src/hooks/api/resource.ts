import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryKey,
} from "@tanstack/react-query"
import { queryKeys } from "../../lib/query-keys"
import type { ListQuery } from "../../lib/vendor-client"

/** A paginated /vendor list under its resource's key. */
export function useVendorList<T>(
  resource: string,
  fetch: (query?: ListQuery) => Promise<T>,
  query: ListQuery,
  options: { enabled?: boolean } = {}
) {
  return useQuery({
    queryKey: queryKeys.list(resource, query),
    queryFn: () => fetch(query),
    placeholderData: (previous) => previous,
    enabled: options.enabled,
  })
}

/** A /vendor write; afterwards the resources it changes are fetched again. */
export function useVendorMutation<Input, Output>(
  mutationFn: (input: Input) => Promise<Output>,
  invalidates: string[] | QueryKey[]
) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () =>
      Promise.all(
        invalidates.map((key) =>
          client.invalidateQueries({
            queryKey: typeof key === "string" ? queryKeys.all(key) : key,
          })
        )
      ),
  })
}
