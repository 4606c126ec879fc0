import { Button, toast, usePrompt } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Field, Section } from "../../../../components/section"
import { PaymentStatusBadge } from "../../../../components/status-badges"
import { useCaptureOrderGroup } from "../../../../hooks/order-groups"
import { formatMoney } from "../../../../lib/format"
import type { OrderGroup } from "../../../../lib/types"

const CAPTURABLE = ["authorized", "partially_captured"]

/** A capture is final: after orders were canceled it takes only the live orders, the rest is released. */
const isCapturable = (collection: OrderGroup["payment_collection"]) =>
  !!collection &&
  CAPTURABLE.includes(collection.status) &&
  !collection.captured_amount

/** The customer's one payment for the whole group; capturing it books every seller's ledger. */
export const GroupPaymentSection = ({ group }: { group: OrderGroup }) => {
  const { t } = useTranslation()
  const prompt = usePrompt()
  const capture = useCaptureOrderGroup(group.id)
  const collection = group.payment_collection

  const captureNow = async () => {
    const confirmed = await prompt({
      title: t("marketplace.orderGroups.captureTitle"),
      description: t("marketplace.orderGroups.captureDescription", {
        amount: formatMoney(group.total, group.currency_code),
      }),
      confirmText: t("marketplace.orderGroups.capture"),
      cancelText: t("marketplace.common.cancel"),
      variant: "confirmation",
    })
    if (!confirmed) {
      return
    }
    try {
      await capture.mutateAsync()
      toast.success(t("marketplace.orderGroups.captured"))
    } catch (failure) {
      toast.error(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <Section
      title={t("marketplace.orderGroups.payment")}
      testId="group-payment"
      actions={
        isCapturable(collection) ? (
          <Button
            size="small"
            onClick={captureNow}
            isLoading={capture.isPending}
            data-testid="group-capture"
          >
            {t("marketplace.orderGroups.capture")}
          </Button>
        ) : undefined
      }
    >
      <Field label={t("marketplace.fields.status")}>
        <span data-testid="group-payment-status">
          <PaymentStatusBadge status={collection?.status} />
        </span>
      </Field>
      <Field label={t("marketplace.fields.amount")}>
        {formatMoney(collection?.amount ?? null, group.currency_code)}
      </Field>
      <Field label={t("marketplace.orderGroups.capturedAmount")}>
        {formatMoney(collection?.captured_amount ?? 0, group.currency_code)}
      </Field>
      <Field label={t("marketplace.orderGroups.refundedAmount")}>
        {formatMoney(collection?.refunded_amount ?? 0, group.currency_code)}
      </Field>
    </Section>
  )
}
