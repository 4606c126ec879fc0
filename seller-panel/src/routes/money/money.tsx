import {
  Button,
  Container,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  StatusBadge,
  Text,
  toast,
} from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import type {
  CommissionLine,
  LedgerEntry,
  VendorPayout,
} from "../../../../src/types/http"
import { useIsManager } from "../../components/layout/shell"
import { ListTable } from "../../components/list-table"
import {
  ErrorState,
  LoadingState,
  PageHeader,
  errorMessage,
} from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import { queryKeys } from "../../lib/query-keys"
import {
  EmptyRow,
  Field,
  formatDateTime,
  formatMoney,
  humanize,
  Section,
  useListParams,
} from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const ledgerColumn = createDataTableColumnHelper<LedgerEntry>()
const ledgerFilter = createDataTableFilterHelper<LedgerEntry>()
const payoutColumn = createDataTableColumnHelper<VendorPayout>()
const commissionColumn = createDataTableColumnHelper<CommissionLine>()

const ledgerColumns = [
  ledgerColumn.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  ledgerColumn.accessor("type", {
    header: "Type",
    cell: ({ getValue }) => humanize(getValue()),
  }),
  ledgerColumn.accessor("reference", { header: "Reference" }),
  ledgerColumn.accessor("amount", {
    header: "Amount",
    cell: ({ row }) =>
      formatMoney(row.original.amount, row.original.currency_code),
  }),
  ledgerColumn.accessor("available_at", {
    header: "Available",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]
const ledgerFilters = [
  ledgerFilter.accessor("type", {
    type: "radio",
    label: "Type",
    options: [
      "sale",
      "commission",
      "refund",
      "commission_reversal",
      "payout",
      "payout_reversal",
      "adjustment",
    ].map((value) => ({ label: humanize(value), value })),
  }),
]
const payoutColumns = [
  payoutColumn.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  payoutColumn.accessor("amount", {
    header: "Amount",
    cell: ({ row }) =>
      formatMoney(row.original.amount, row.original.currency_code),
  }),
  payoutColumn.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge
        color={
          getValue() === "paid"
            ? "green"
            : getValue() === "failed"
              ? "red"
              : "orange"
        }
      >
        {humanize(getValue())}
      </StatusBadge>
    ),
  }),
  payoutColumn.accessor("provider", { header: "Provider" }),
]
const commissionColumns = [
  commissionColumn.accessor("created_at", {
    header: "Date",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
  commissionColumn.accessor("order_id", { header: "Order" }),
  commissionColumn.accessor("target", {
    header: "On",
    cell: ({ getValue }) => humanize(getValue()),
  }),
  commissionColumn.accessor("base_amount", {
    header: "Base",
    cell: ({ row }) =>
      formatMoney(row.original.base_amount, row.original.currency_code),
  }),
  commissionColumn.accessor("amount", {
    header: "Commission",
    cell: ({ row }) =>
      formatMoney(row.original.amount, row.original.currency_code),
  }),
]

const Balances = () => {
  const balance = useQuery({
    queryKey: queryKeys.list("balance"),
    queryFn: vendor.money.balance,
  })
  if (balance.isPending) return <LoadingState />
  if (balance.error)
    return (
      <ErrorState error={balance.error} onRetry={() => balance.refetch()} />
    )
  return (
    <Section
      title="Balance"
      description="Sales minus commission, refunds and payouts"
      testId="money-balance"
    >
      {balance.data.balances.length === 0 && (
        <EmptyRow>
          No money yet: sales appear once payments are captured.
        </EmptyRow>
      )}
      {balance.data.balances.map((b) => (
        <div key={b.currency_code} className="grid grid-cols-3 gap-4 px-6 py-4">
          {[
            ["Available", b.payable],
            ["Pending", b.pending],
            ["Total", b.total],
          ].map(([label, value]) => (
            <Container key={label} className="flex flex-col gap-1 p-4">
              <Text size="small" className="text-ui-fg-subtle">
                {label}
              </Text>
              <Text size="large" weight="plus">
                {formatMoney(value, b.currency_code)}
              </Text>
            </Container>
          ))}
        </div>
      ))}
    </Section>
  )
}

const PayoutAccount = () => {
  const account = useQuery({
    queryKey: queryKeys.list("payout-account"),
    queryFn: vendor.money.payoutAccount,
  })
  const connect = useVendorMutation(
    () =>
      vendor.money.createPayoutAccount({
        return_url: `${window.location.origin}/seller/money`,
      }),
    ["payout-account"]
  )
  if (account.isPending) return <LoadingState />
  if (account.error)
    return (
      <ErrorState error={account.error} onRetry={() => account.refetch()} />
    )
  const { payout_account, provider } = account.data
  return (
    <Section
      title="Payout account"
      description={`Payouts go through ${humanize(provider)}`}
      actions={
        payout_account?.status !== "active" ? (
          <Button
            size="small"
            variant="secondary"
            isLoading={connect.isPending}
            onClick={async () => {
              try {
                const { onboarding_url } = await connect.mutateAsync(undefined)
                if (onboarding_url) {
                  window.location.assign(onboarding_url)
                } else {
                  toast.success("Payout account set up")
                }
              } catch (error) {
                toast.error(errorMessage(error))
              }
            }}
          >
            {provider === "stripe-connect" ? "Continue onboarding" : "Set up"}
          </Button>
        ) : undefined
      }
    >
      <Field label="Status">
        {payout_account ? humanize(payout_account.status) : "Not set up"}
      </Field>
    </Section>
  )
}

export const MoneyPage = () => {
  const manager = useIsManager()
  const ledgerList = useListParams({
    pageSize: 10,
    prefix: "ledger_",
    filters: [{ id: "type" }],
  })
  const payoutList = useListParams({ pageSize: 10, prefix: "payouts_" })
  const commissionList = useListParams({ pageSize: 10, prefix: "commission_" })
  const ledger = useVendorList(
    "ledger",
    vendor.money.ledger,
    ledgerList.query,
    { enabled: manager }
  )
  const payouts = useVendorList(
    "payouts",
    vendor.money.payouts,
    payoutList.query
  )
  const commission = useVendorList(
    "commission-lines",
    vendor.money.commissionLines,
    commissionList.query
  )

  return (
    <div className="flex flex-col gap-3" data-testid="money-page">
      <PageHeader
        title="Money"
        description="Balance, ledger, payouts and the marketplace's commission"
      />
      {manager && <Balances />}
      {manager && (
        <ListTable
          testId="money-ledger"
          title="Ledger"
          data={ledger.data?.ledger_entries}
          count={ledger.data?.count}
          columns={ledgerColumns}
          filters={ledgerFilters}
          list={ledgerList}
          isLoading={ledger.isPending}
          error={ledger.error}
          onRetry={() => ledger.refetch()}
          empty={{
            heading: "No entries",
            description:
              "Captured sales, commission, refunds and payouts appear here.",
          }}
        />
      )}
      <ListTable
        testId="money-commission"
        title="Commission per order"
        data={commission.data?.commission_lines}
        count={commission.data?.count}
        columns={commissionColumns}
        list={commissionList}
        isLoading={commission.isPending}
        error={commission.error}
        onRetry={() => commission.refetch()}
        empty={{ heading: "No commission yet" }}
      />
      <ListTable
        testId="money-payouts"
        title="Payouts"
        data={payouts.data?.payouts}
        count={payouts.data?.count}
        columns={payoutColumns}
        list={payoutList}
        isLoading={payouts.isPending}
        error={payouts.error}
        onRetry={() => payouts.refetch()}
        empty={{ heading: "No payouts yet" }}
      />
      {manager && <PayoutAccount />}
    </div>
  )
}
