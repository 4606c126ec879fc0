import {
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  Text,
} from "@medusajs/ui"
import { useMemo } from "react"
import { useTranslation } from "react-i18next"
import { ListTable } from "../../../../components/list-table"
import { useSellerLedger } from "../../../../hooks/sellers"
import { useListParams } from "../../../../hooks/use-list-params"
import { formatDateTime, formatMoney } from "../../../../lib/format"
import type { LedgerEntry } from "../../../../lib/types"

const PAGE_SIZE = 10
const TYPES = [
  "sale",
  "commission",
  "refund",
  "commission_reversal",
  "payout",
  "payout_reversal",
  "adjustment",
]
const columnHelper = createDataTableColumnHelper<LedgerEntry>()
const filterHelper = createDataTableFilterHelper<LedgerEntry>()

/** The seller's ledger: every signed movement, newest first. */
export const SellerLedgerSection = ({ sellerId }: { sellerId: string }) => {
  const { t } = useTranslation()
  const list = useListParams({
    pageSize: PAGE_SIZE,
    prefix: "ledger_",
    filters: [{ id: "type", multiple: true }],
  })
  const { data, isLoading, error, refetch } = useSellerLedger(
    sellerId,
    list.query
  )
  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: t("marketplace.fields.date"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.accessor("type", {
        header: t("marketplace.fields.type"),
        cell: ({ getValue }) => t(`marketplace.ledgerType.${getValue()}`),
      }),
      columnHelper.accessor("reference", {
        header: t("marketplace.ledger.reference"),
        cell: ({ getValue }) => (
          <Text size="xsmall" className="font-mono">
            {getValue()}
          </Text>
        ),
      }),
      columnHelper.accessor("available_at", {
        header: t("marketplace.ledger.availableAt"),
        cell: ({ getValue }) => formatDateTime(getValue()),
      }),
      columnHelper.accessor("amount", {
        header: t("marketplace.fields.amount"),
        cell: ({ row }) => (
          <span
            className={row.original.amount < 0 ? "text-ui-fg-error" : undefined}
          >
            {formatMoney(row.original.amount, row.original.currency_code)}
          </span>
        ),
      }),
    ],
    [t]
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("type", {
        type: "multiselect",
        label: t("marketplace.fields.type"),
        options: TYPES.map((type) => ({
          label: t(`marketplace.ledgerType.${type}`),
          value: type,
        })),
      }),
    ],
    [t]
  )
  return (
    <ListTable
      testId="seller-ledger"
      title={t("marketplace.ledger.title")}
      data={data?.ledger_entries}
      count={data?.count}
      columns={columns}
      filters={filters}
      list={list}
      isLoading={isLoading}
      error={error}
      onRetry={refetch}
      empty={{
        heading: t("marketplace.ledger.empty"),
        description: t("marketplace.ledger.emptyHint"),
      }}
    />
  )
}
