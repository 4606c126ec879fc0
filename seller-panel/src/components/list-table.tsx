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
import { useListParams } from "../lib/shared"
import { ErrorState } from "./states"

type Props<T> = {
  title: string
  subtitle?: string
  data: T[] | undefined
  count: number | undefined
  // Columns mix value types per row field, as the dashboard's tables do.
  columns: DataTableColumnDef<T, any>[]
  list: ReturnType<typeof useListParams>
  filters?: DataTableFilter[]
  isLoading: boolean
  error: unknown
  onRetry?: () => void
  onRowClick?: (row: T) => void
  actions?: ReactNode
  empty: { heading: string; description?: string }
  testId?: string
}

/**
 * A paginated list in a container: heading, filters, search, rows, pagination, and the
 * loading, empty, filtered-empty and error states (the admin pages' list, without i18n).
 */
export function ListTable<T extends { id: string }>(props: Props<T>) {
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
            <Heading level="h2">{props.title}</Heading>
            {props.subtitle && (
              <Text size="small" className="text-ui-fg-subtle">
                {props.subtitle}
              </Text>
            )}
          </div>
          <div className="flex items-center gap-2">
            {props.filters?.length ? (
              <DataTable.FilterMenu tooltip="Filter" />
            ) : null}
            {list.search && <DataTable.Search placeholder="Search" />}
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
                heading: "No results",
                description: "Try another search or filter.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
