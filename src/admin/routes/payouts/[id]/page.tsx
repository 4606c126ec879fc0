import { Button, Container, Heading, Skeleton, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"
import { Link, UIMatch, useParams } from "react-router-dom"
import { ActionDialog } from "../../../components/action-dialog"
import { ErrorState } from "../../../components/error-state"
import { Field } from "../../../components/section"
import { PayoutStatusBadge } from "../../../components/status-badges"
import { useMarkPayout, usePayout } from "../../../hooks/payouts"
import { useSellerNames } from "../../../hooks/sellers"
import { formatDateTime, formatMoney } from "../../../lib/format"

/** One payout; a processing one can be confirmed paid or failed (the balance is restored). */
const PayoutDetailPage = () => {
  const { t } = useTranslation()
  const { id } = useParams() as { id: string }
  const { data, isLoading, error, refetch } = usePayout(id)
  const [outcome, setOutcome] = useState<"mark-paid" | "mark-failed" | null>(
    null
  )
  const mark = useMarkPayout(id)
  const sellerNames = useSellerNames(data ? [data.payout.seller_id] : [])

  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  if (isLoading || !data) {
    return <Skeleton className="h-64 w-full" />
  }
  const { payout } = data
  return (
    <Container className="divide-y p-0" data-testid="payout-detail">
      <div className="flex items-center justify-between gap-4 px-6 py-4">
        <div>
          <Heading>{formatMoney(payout.amount, payout.currency_code)}</Heading>
          <Text size="small" className="text-ui-fg-subtle font-mono">
            {payout.id}
          </Text>
        </div>
        <div className="flex items-center gap-x-2">
          <PayoutStatusBadge status={payout.status} />
          {payout.status === "processing" && (
            <>
              <Button
                size="small"
                variant="secondary"
                onClick={() => setOutcome("mark-failed")}
                data-testid="payout-mark-failed"
              >
                {t("marketplace.payouts.markFailed")}
              </Button>
              <Button
                size="small"
                onClick={() => setOutcome("mark-paid")}
                data-testid="payout-mark-paid"
              >
                {t("marketplace.payouts.markPaid")}
              </Button>
            </>
          )}
        </div>
      </div>
      <Field label={t("marketplace.fields.seller")}>
        <Link
          to={`/sellers/${payout.seller_id}`}
          className="text-ui-fg-interactive hover:underline"
        >
          {sellerNames.get(payout.seller_id) ?? payout.seller_id}
        </Link>
      </Field>
      <Field label={t("marketplace.payouts.provider")}>{payout.provider}</Field>
      <Field label={t("marketplace.payouts.reference")}>
        {payout.provider_reference}
      </Field>
      <Field label={t("marketplace.payouts.idempotencyKey")}>
        {payout.idempotency_key}
      </Field>
      {payout.failure_reason && (
        <Field label={t("marketplace.payouts.failureReason")}>
          {payout.failure_reason}
        </Field>
      )}
      <Field label={t("marketplace.fields.created")}>
        {formatDateTime(payout.created_at)}
      </Field>
      <Field label={t("marketplace.payouts.paidAt")}>
        {formatDateTime(payout.paid_at)}
      </Field>
      {outcome && (
        <ActionDialog
          open
          onOpenChange={(open) => !open && setOutcome(null)}
          title={t(`marketplace.payouts.confirm.${outcome}.title`)}
          description={t(`marketplace.payouts.confirm.${outcome}.description`)}
          confirmLabel={
            outcome === "mark-paid"
              ? t("marketplace.payouts.markPaid")
              : t("marketplace.payouts.markFailed")
          }
          variant={outcome === "mark-failed" ? "danger" : "confirmation"}
          note={
            outcome === "mark-paid"
              ? { label: t("marketplace.payouts.reference"), required: false }
              : {
                  label: t("marketplace.payouts.failureReason"),
                  required: true,
                }
          }
          isPending={mark.isPending}
          onConfirm={async (note) => {
            await mark.mutateAsync(
              outcome === "mark-paid"
                ? { outcome, ...(note ? { provider_reference: note } : {}) }
                : { outcome, reason: note }
            )
            toast.success(t(`marketplace.payouts.done.${outcome}`))
          }}
        />
      )}
    </Container>
  )
}

const PayoutCrumb = ({ id }: { id: string }) => {
  const { data } = usePayout(id)
  return (
    <span>
      {data ? formatMoney(data.payout.amount, data.payout.currency_code) : id}
    </span>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <PayoutCrumb id={(match.params as { id: string }).id} />
  ),
}

export default PayoutDetailPage
