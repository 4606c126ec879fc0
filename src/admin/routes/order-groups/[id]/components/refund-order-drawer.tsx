import {
  Button,
  Drawer,
  Hint,
  Input,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useEffect } from "react"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { FormField } from "../../../../components/form-field"
import { useRefundGroupOrder } from "../../../../hooks/order-groups"
import { showApiError } from "../../../../lib/api-errors"
import { formatMoney } from "../../../../lib/format"
import type { GroupOrder, OrderGroup } from "../../../../lib/types"

type Values = { amount: string; note: string }

/** Refunds one seller's order out of the group payment; without an amount, all that is left. */
export const RefundOrderDrawer = ({
  group,
  order,
  onClose,
}: {
  group: OrderGroup
  order: GroupOrder | null
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const form = useForm<Values>({ defaultValues: { amount: "", note: "" } })
  const refund = useRefundGroupOrder(group.id)
  const { errors } = form.formState

  useEffect(() => {
    form.reset({ amount: "", note: "" })
  }, [order?.id, form])

  const submit = form.handleSubmit(async (values) => {
    if (!order) {
      return
    }
    try {
      const { refund: done } = await refund.mutateAsync({
        order_id: order.id,
        ...(values.amount.trim() ? { amount: Number(values.amount) } : {}),
        ...(values.note.trim() ? { note: values.note.trim() } : {}),
      })
      toast.success(
        t("marketplace.orderGroups.refunded", {
          amount: formatMoney(
            done.amount,
            order.currency_code ?? group.currency_code
          ),
        })
      )
      onClose()
    } catch (error) {
      showApiError(error, form.setError, ["amount", "note"])
    }
  })

  return (
    <Drawer open={!!order} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="refund-drawer">
        <form
          onSubmit={submit}
          className="flex flex-1 flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>
              {t("marketplace.orderGroups.refundTitle", {
                order: order ? `#${order.display_id}` : "",
              })}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4">
            <Text size="small" className="text-ui-fg-subtle">
              {t("marketplace.orderGroups.refundHint", {
                seller: order?.seller?.name ?? "",
                total: formatMoney(
                  order?.total ?? null,
                  order?.currency_code ?? group.currency_code
                ),
              })}
            </Text>
            <FormField
              id="amount"
              label={t("marketplace.fields.amount")}
              optional={t("marketplace.orderGroups.refundAll")}
              error={errors.amount}
            >
              <Input
                id="amount"
                type="number"
                step="0.01"
                min="0"
                {...form.register("amount")}
              />
            </FormField>
            <FormField
              id="note"
              label={t("marketplace.requests.note")}
              optional={t("marketplace.common.optional")}
              error={errors.note}
            >
              <Textarea id="note" {...form.register("note")} />
            </FormField>
            {errors.root?.api && (
              <Hint variant="error">{errors.root.api.message}</Hint>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("marketplace.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button
              size="small"
              variant="danger"
              type="submit"
              isLoading={refund.isPending}
              data-testid="refund-confirm"
            >
              {t("marketplace.orderGroups.refund")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
