import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { Field, Section } from "../../../../components/section"
import { formatDateTime, formatMoney } from "../../../../lib/format"
import type { OrderGroup } from "../../../../lib/types"

export const GroupSummarySection = ({ group }: { group: OrderGroup }) => {
  const { t } = useTranslation()
  const money = (value: number | undefined) =>
    formatMoney(value ?? null, group.currency_code)
  const email = group.orders.find((order) => order.email)?.email
  return (
    <Section
      title={t("marketplace.orderGroups.summary")}
      testId="group-summary"
    >
      <Field label={t("marketplace.fields.date")}>
        {formatDateTime(group.created_at)}
      </Field>
      <Field label={t("marketplace.fields.customer")}>
        {group.customer_id ? (
          <Link
            to={`/customers/${group.customer_id}`}
            className="text-ui-fg-interactive hover:underline"
          >
            {email ?? group.customer_id}
          </Link>
        ) : (
          email
        )}
      </Field>
      <Field label={t("marketplace.orderGroups.subtotal")}>
        {money(group.subtotal)}
      </Field>
      <Field label={t("marketplace.orderGroups.shipping")}>
        {money(group.shipping_total)}
      </Field>
      <Field label={t("marketplace.orderGroups.discount")}>
        {money(group.discount_total)}
      </Field>
      <Field label={t("marketplace.orderGroups.tax")}>
        {money(group.tax_total)}
      </Field>
      <Field label={t("marketplace.fields.total")}>
        <span className="txt-small-plus">{money(group.total)}</span>
      </Field>
    </Section>
  )
}
