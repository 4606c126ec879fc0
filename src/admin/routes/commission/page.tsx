import { defineRouteConfig } from "@medusajs/admin-sdk"
import { PencilSquare, ReceiptPercent, Trash } from "@medusajs/icons"
import {
  Button,
  createDataTableColumnHelper,
  createDataTableFilterHelper,
  StatusBadge,
  toast,
  usePrompt,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useTranslation } from "react-i18next"
import { TranslatedCrumb } from "../../components/breadcrumb"
import { ListTable } from "../../components/list-table"
import {
  useCommissionRules,
  useDeleteCommissionRule,
} from "../../hooks/commission-rules"
import { useScopeOptions } from "../../hooks/catalog-options"
import { useListParams } from "../../hooks/use-list-params"
import { formatMoney } from "../../lib/format"
import type { CommissionRule } from "../../lib/types"
import { CommissionRuleDrawer } from "./components/commission-rule-drawer"

const PAGE_SIZE = 20
const columnHelper = createDataTableColumnHelper<CommissionRule>()
const filterHelper = createDataTableFilterHelper<CommissionRule>()

/** Commission rules: who pays what on which lines; the most specific active rule wins. */
const CommissionPage = () => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const [editing, setEditing] = useState<CommissionRule | "new" | null>(null)
  const list = useListParams({
    pageSize: PAGE_SIZE,
    filters: [{ id: "active" }, { id: "target" }],
  })
  const { data, isLoading, error, refetch } = useCommissionRules(list.query)
  const { data: options } = useScopeOptions()
  const remove = useDeleteCommissionRule()

  const names = useMemo(() => {
    const map = new Map<string, string>()
    for (const option of [
      ...(options?.sellers ?? []),
      ...(options?.productTypes ?? []),
      ...(options?.categories ?? []),
    ]) {
      map.set(option.value, option.label)
    }
    return map
  }, [options])

  const amount = (rule: CommissionRule, value: number | null) =>
    value === null || value === undefined
      ? "-"
      : rule.currency_code
        ? formatMoney(value, rule.currency_code)
        : String(value)

  const columns = useMemo(
    () => [
      columnHelper.display({
        id: "scope",
        header: t("marketplace.commission.scope"),
        cell: ({ row }) => {
          const rule = row.original
          const parts = [
            rule.seller_id &&
              `${t("marketplace.fields.seller")}: ${names.get(rule.seller_id) ?? rule.seller_id}`,
            rule.product_type_id &&
              `${t("marketplace.commission.productType")}: ${names.get(rule.product_type_id) ?? rule.product_type_id}`,
            rule.product_category_id &&
              `${t("marketplace.commission.category")}: ${names.get(rule.product_category_id) ?? rule.product_category_id}`,
          ].filter(Boolean)
          return (
            <div className="flex flex-col">
              {rule.name && <span className="txt-small-plus">{rule.name}</span>}
              <span className="text-ui-fg-subtle">
                {parts.length
                  ? parts.join(" · ")
                  : t("marketplace.commission.everything")}
              </span>
            </div>
          )
        },
      }),
      columnHelper.accessor("target", {
        header: t("marketplace.commission.target"),
        cell: ({ getValue }) =>
          t(`marketplace.commission.targets.${getValue()}`),
      }),
      columnHelper.accessor("kind", {
        header: t("marketplace.commission.kind"),
        cell: ({ getValue }) => t(`marketplace.commission.kinds.${getValue()}`),
      }),
      columnHelper.accessor("value", {
        header: t("marketplace.commission.value"),
        cell: ({ row }) =>
          row.original.kind === "percentage"
            ? `${row.original.value} %`
            : amount(row.original, row.original.value),
      }),
      columnHelper.display({
        id: "bounds",
        header: t("marketplace.commission.minMax"),
        cell: ({ row }) =>
          `${amount(row.original, row.original.min_amount)} / ${amount(row.original, row.original.max_amount)}`,
      }),
      columnHelper.accessor("fee_type", {
        header: t("marketplace.commission.feeType"),
      }),
      columnHelper.accessor("active", {
        header: t("marketplace.commission.active"),
        cell: ({ getValue }) => (
          <StatusBadge color={getValue() ? "green" : "grey"}>
            {getValue()
              ? t("marketplace.commission.activeYes")
              : t("marketplace.commission.activeNo")}
          </StatusBadge>
        ),
      }),
      columnHelper.action({
        actions: ({ row }) => [
          [
            {
              label: t("marketplace.common.edit"),
              icon: <PencilSquare />,
              onClick: () => setEditing(row.original),
            },
            {
              label: t("marketplace.common.delete"),
              icon: <Trash />,
              onClick: async () => {
                const confirmed = await prompt({
                  title: t("marketplace.commission.deleteTitle"),
                  description: t("marketplace.commission.deleteDescription"),
                  confirmText: t("marketplace.common.delete"),
                  cancelText: t("marketplace.common.cancel"),
                })
                if (!confirmed) {
                  return
                }
                try {
                  await remove.mutateAsync(row.original.id)
                  toast.success(t("marketplace.commission.deleted"))
                } catch (failure) {
                  toast.error(
                    failure instanceof Error ? failure.message : String(failure)
                  )
                }
              },
            },
          ],
        ],
      }),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, names]
  )
  const filters = useMemo(
    () => [
      filterHelper.accessor("active", {
        type: "radio",
        label: t("marketplace.commission.active"),
        options: [
          { label: t("marketplace.commission.activeYes"), value: "true" },
          { label: t("marketplace.commission.activeNo"), value: "false" },
        ],
      }),
      filterHelper.accessor("target", {
        type: "select",
        label: t("marketplace.commission.target"),
        options: ["item", "shipping", "order"].map((target) => ({
          label: t(`marketplace.commission.targets.${target}`),
          value: target,
        })),
      }),
    ],
    [t]
  )

  return (
    <>
      <ListTable
        testId="commission-rules"
        title={t("marketplace.commission.title")}
        subtitle={t("marketplace.commission.subtitle")}
        data={data?.commission_rules}
        count={data?.count}
        columns={columns}
        filters={filters}
        list={list}
        isLoading={isLoading}
        error={error}
        onRetry={refetch}
        onRowClick={(rule) => setEditing(rule)}
        empty={{
          heading: t("marketplace.commission.empty"),
          description: t("marketplace.commission.emptyHint"),
        }}
        actions={
          <Button
            size="small"
            variant="secondary"
            onClick={() => setEditing("new")}
            data-testid="commission-create"
          >
            {t("marketplace.common.create")}
          </Button>
        }
      />
      {editing !== null && (
        <CommissionRuleDrawer
          rule={editing === "new" ? null : editing}
          open
          onOpenChange={(open) => !open && setEditing(null)}
          options={options}
        />
      )}
    </>
  )
}

export const config = defineRouteConfig({
  label: "marketplace.nav.commission",
  translationNs: "translation",
  icon: ReceiptPercent,
  rank: 4,
})

export const handle = {
  breadcrumb: () => <TranslatedCrumb label="marketplace.commission.title" />,
}

export default CommissionPage
