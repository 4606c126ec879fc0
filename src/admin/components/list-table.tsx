import {
  Container,
  DataTable,
  DataTableColumnDef,
  DataTableFilter,
  Heading,
  Text,
  useDataTable,
} from "@medusajs/ui"
import type { ReactNode } from "react"
import { useTranslation } from "react-i18next"
import { useListParams } from "../hooks/use-list-params"
import { ErrorState } from "./error-state"

type Props<T> = {
  title: string
  subtitle?: string
  data: T[] | undefined
  count: number | undefined
  columns: DataTableColumnDef<T, any>[]
  list: ReturnType<typeof useListParams>
  filters?: DataTableFilter[]
  isLoading: boolean
  error: unknown
  onRetry?: () => void
  onRowClick?: (row: T) => void
  actions?: ReactNode
  searchPlaceholder?: string
  empty: { heading: string; description?: string }
  testId?: string
}

/**
 * A paginated list in a container: heading, filters, search, rows, pagination, and the
 * loading (skeleton), empty, filtered-empty and error states.
 */
export function ListTable<T extends { id: string }>(props: Props<T>) {
  const { t } = useTranslation()
  const { list } = props
  const table = useDataTable({
    data: props.data ?? [],
    columns: props.columns,
    rowCount: props.count ?? 0,
    getRowId: (row) => row.id,
    isLoading: props.isLoading,
    pagination: list.pagination,
    search: list.search,
    filtering: props.filters?.length ? list.filtering : undefined,
    filters: props.filters,
    // The table hands over its row model (typed as the record): the record is `original`.
    onRowClick: props.onRowClick
      ? (_event, row) =>
          props.onRowClick!((row as unknown as { original: T }).original)
      : undefined,
  })

  return (
    <Container className="divide-y p-0" data-testid={props.testId}>
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading>{props.title}</Heading>
            {props.subtitle && (
              <Text size="small" className="text-ui-fg-subtle">
                {props.subtitle}
              </Text>
            )}
          </div>
          <div className="flex items-center gap-2">
            {props.filters?.length ? (
              <DataTable.FilterMenu tooltip={t("marketplace.common.filter")} />
            ) : null}
            {list.search && (
              <DataTable.Search
                placeholder={
                  props.searchPlaceholder ?? t("marketplace.common.search")
                }
              />
            )}
            {props.actions}
          </div>
        </DataTable.Toolbar>
        {props.error ? (
          <div className="p-4">
            <ErrorState error={props.error} onRetry={props.onRetry} />
          </div>
        ) : (
          <DataTable.Table
            emptyState={{
              empty: props.empty,
              filtered: {
                heading: t("marketplace.common.noResults"),
                description: t("marketplace.common.noResultsHint"),
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
