import { Thumbnail } from "../../components/thumbnail"
import {
  Button,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  StatusBadge,
} from "@medusajs/ui"
import { Link, useNavigate } from "react-router-dom"
import type { VendorProduct } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { useVendorList } from "../../hooks/api/resource"
import { formatDate, humanize, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const column = createDataTableColumnHelper<VendorProduct>()
const filter = createDataTableFilterHelper<VendorProduct>()

export const STATUS_COLORS: Record<
  string,
  "green" | "orange" | "grey" | "red"
> = {
  published: "green",
  proposed: "orange",
  draft: "grey",
  rejected: "red",
}

const columns = [
  column.accessor("title", {
    header: "Product",
    cell: ({ row }) => (
      <div className="flex items-center gap-3">
        <Thumbnail src={row.original.thumbnail ?? undefined} alt="" />
        <span>{row.original.title}</span>
      </div>
    ),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={STATUS_COLORS[getValue()] ?? "grey"}>
        {humanize(getValue())}
      </StatusBadge>
    ),
  }),
  column.accessor("variants", {
    header: "Variants",
    cell: ({ getValue }) => getValue().length,
  }),
  column.accessor("created_at", {
    header: "Created",
    cell: ({ getValue }) => formatDate(getValue()),
  }),
]

const filters = [
  filter.accessor("status", {
    type: "radio",
    label: "Status",
    options: ["draft", "proposed", "published", "rejected"].map((value) => ({
      label: humanize(value),
      value,
    })),
  }),
]

export const ProductListPage = () => {
  const navigate = useNavigate()
  const list = useListParams({
    pageSize: 20,
    search: true,
    filters: [{ id: "status" }],
  })
  const products = useVendorList("products", vendor.products.list, list.query)
  return (
    <ListTable
      testId="product-list"
      title="Products"
      subtitle="Your catalogue: drafts, products waiting for review and published ones"
      data={products.data?.products}
      count={products.data?.count}
      columns={columns}
      filters={filters}
      list={list}
      isLoading={products.isPending}
      error={products.error}
      onRetry={() => products.refetch()}
      onRowClick={(row) => navigate(`/products/${row.id}`)}
      actions={
        <Button size="small" variant="secondary" asChild>
          <Link to="/products/create">Create</Link>
        </Button>
      }
      empty={{
        heading: "No products yet",
        description: "Create your first product to start selling.",
      }}
    />
  )
}
