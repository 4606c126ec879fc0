import type {
  DataTableFilteringState,
  DataTablePaginationState,
} from "@medusajs/ui"
import { useCallback, useMemo } from "react"
import { useSearchParams } from "react-router-dom"

type Options = {
  pageSize: number
  /** Filters kept in the URL; a multi-value filter is stored comma-separated, a range as JSON. */
  filters?: { id: string; multiple?: boolean; json?: boolean }[]
  /** Distinguishes the tables of one page in the URL ("products_offset"). */
  prefix?: string
  search?: boolean
}

/**
 * A list table's pagination, search and filters, kept in the URL like the dashboard's
 * own lists (a reload or a shared link shows the same page), and the API query they make.
 */
export function useListParams({
  pageSize,
  filters = [],
  prefix = "",
  search = false,
}: Options) {
  const [params, setParams] = useSearchParams()
  const key = (name: string) => `${prefix}${name}`
  const offset = Math.max(0, Number(params.get(key("offset"))) || 0)
  const q = params.get(key("q")) ?? ""

  const filterState = useMemo(() => {
    const state: DataTableFilteringState = {}
    for (const filter of filters) {
      const raw = params.get(key(filter.id))
      if (raw) {
        state[filter.id] = filter.multiple
          ? raw.split(",")
          : filter.json
            ? parseJson(raw)
            : raw
      }
    }
    return state
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params])

  const update = useCallback(
    (changes: Record<string, string | null>) =>
      setParams(
        (previous) => {
          const next = new URLSearchParams(previous)
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === "") {
              next.delete(key(name))
            } else {
              next.set(key(name), value)
            }
          }
          return next
        },
        { replace: true }
      ),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [setParams, prefix]
  )

  const query: Record<string, unknown> = { limit: pageSize, offset }
  if (search && q) {
    query.q = q
  }
  for (const [id, value] of Object.entries(filterState)) {
    query[id] = value
  }

  return {
    query,
    pagination: {
      state: {
        pageIndex: Math.floor(offset / pageSize),
        pageSize,
      } as DataTablePaginationState,
      onPaginationChange: (state: DataTablePaginationState) =>
        update({
          offset: state.pageIndex
            ? String(state.pageIndex * state.pageSize)
            : null,
        }),
    },
    search: search
      ? {
          state: q,
          onSearchChange: (value: string) =>
            update({ q: value || null, offset: null }),
        }
      : undefined,
    filtering: {
      state: filterState,
      onFilteringChange: (state: DataTableFilteringState) => {
        const changes: Record<string, string | null> = { offset: null }
        for (const filter of filters) {
          const value = state[filter.id]
          changes[filter.id] = Array.isArray(value)
            ? value.join(",") || null
            : value && typeof value === "object"
              ? JSON.stringify(value)
              : value
                ? String(value)
                : null
        }
        update(changes)
      },
    },
  }
}

function parseJson(raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch {
    return undefined
  }
}
