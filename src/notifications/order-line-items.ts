import type { AmountValue } from "../workflows/common/utils/decimal-amount"
import type { OrderLine } from "./templates/order-placed"

export type QueriedLineItem = {
  title: string
  variant_title?: string | null
  quantity: AmountValue
  total: AmountValue
} | null

/** An order's items as the order templates list them, amounts already formatted. */
export function orderLineItems(
  items: QueriedLineItem[] | null | undefined,
  amount: (value: AmountValue) => string
): OrderLine[] {
  return (items ?? []).flatMap((item) =>
    item
      ? [
          {
            title: item.variant_title
              ? `${item.title} (${item.variant_title})`
              : item.title,
            quantity: Number(item.quantity),
            total: amount(item.total),
          },
        ]
      : []
  )
}
