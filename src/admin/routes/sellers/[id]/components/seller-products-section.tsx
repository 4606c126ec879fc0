import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { Link, useNavigate } from "react-router-dom"
import { ListTable } from "../../../../components/list-table"
import { useSellerProducts } from "../../../../hooks/sellers"
import { useListParams } from "../../../../hooks/use-list-params"
import { formatDate } from "../../../../lib/format"
import type { AdminSellerProduct as SellerProduct } from "../../../../lib/types"

const PAGE_SIZE = 5
const columnHelper = createDataTableColumnHelper<SellerProduct>()
const STATUS_COLOR: Record<string, "green" | "orange" | "grey" | "red"> = {
  published: "green",
  proposed: "orange",
  draft: "grey",
  rejected: "red",
}

/** The seller's products; each row opens Medusa's own product page. */
export const SellerProductsSection = ({ sellerId }: { sellerId: string }) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const list = useListParams({ pageSize: PAGE_SIZE, prefix: "products_" })
  const { data, isLoading, error, refetch } = useSellerProducts(
    sellerId,
    list.query
  )
  const columns = useMemo(
    () => [
      columnHelper.accessor("title", {
        header: t("marketplace.fields.product"),
        cell: ({ row }) => (
          <Link
            to={`/products/${row.original.id}`}
            className="text-ui-fg-interactive hover:underline"
            onClick={(event) => event.stopPropagation()}
          >
            {row.original.title}
          </Link>
        ),
      }),
      columnHelper.accessor("status", {
        header: t("marketplace.fields.status"),
        cell: ({ getValue }) => (
          <StatusBadge color={STATUS_COLOR[getValue()] ?? "grey"}>
            {t(`marketplace.productStatus.${getValue()}`, {
              defaultValue: getValue(),
            })}
          </StatusBadge>
        ),
      }),
      columnHelper.accessor("created_at", {
        header: t("marketplace.fields.created"),
        cell: ({ getValue }) => formatDate(getValue()),
      }),
    ],
    [t]
  )
  return (
    <ListTable
      testId="seller-products"
      title={t("marketplace.sellers.products")}
      data={data?.products}
      count={data?.count}
      columns={columns}
      list={list}
      isLoading={isLoading}
      error={error}
      onRetry={refetch}
      onRowClick={(product) => navigate(`/products/${product.id}`)}
      empty={{ heading: t("marketplace.sellers.noProducts") }}
    />
  )
}
