import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CommissionOrder } from "../../../modules/commission/build-commission-lines"
import { AmountValue, decimalAmount } from "../../common/decimal-amount"

type QueriedLine = {
  id: string
  total?: AmountValue
  tax_total?: AmountValue
  quantity?: AmountValue
  return_received_quantity?: AmountValue
}

type QueriedOrder = {
  id: string
  status: string
  currency_code: string
  seller?: { id: string } | null
  items?: (QueriedLine & { product_id?: string | null; product_type_id?: string | null } | null)[]
  shipping_methods?: (QueriedLine | null)[]
}

/**
 * What the seller keeps of a line: total minus tax, scaled down by the quantity the
 * customer returned (a line returned in full earns nothing).
 */
function net(line: QueriedLine): string {
  const amount = decimalAmount(line.total).minus(decimalAmount(line.tax_total))
  const quantity = decimalAmount(line.quantity)
  const returned = decimalAmount(line.return_received_quantity)
  if (line.quantity === undefined || quantity.isZero() || returned.isZero()) {
    return amount.toFixed()
  }
  return amount.multipliedBy(quantity.minus(returned)).dividedBy(quantity).toFixed()
}

/**
 * The seller order as commission sees it (net amounts, product type and categories,
 * currency precision), or null when the order belongs to no seller.
 */
export const retrieveCommissionOrderStep = createStep(
  "retrieve-commission-order",
  async ({ order_id }: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [queried],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "status",
        "currency_code",
        // Requesting an order total makes the order module compute line totals too.
        "total",
        "seller.id",
        "items.id",
        "items.product_id",
        "items.product_type_id",
        "items.total",
        "items.tax_total",
        "items.quantity",
        "items.return_received_quantity",
        "shipping_methods.id",
        "shipping_methods.total",
        "shipping_methods.tax_total",
      ],
      filters: { id: order_id },
    })
    // `seller` comes from the seller↔order link (src/links/seller-order.ts).
    const order = queried as QueriedOrder | undefined
    const sellerId = order?.seller?.id
    if (!order || !sellerId) {
      return new StepResponse<CommissionOrder | null>(null)
    }

    // A canceled order earns nothing: its lines are replaced by none.
    const items = order.status === "canceled" ? [] : (order.items ?? []).flatMap((item) => (item ? [item] : []))
    const productIds = [...new Set(items.map((item) => item.product_id).filter(Boolean))] as string[]
    const { data: products } = productIds.length
      ? await query.graph({
          entity: "product",
          fields: ["id", "categories.id"],
          filters: { id: productIds },
        })
      : { data: [] }
    const categoriesOf = new Map(
      (products as { id: string; categories?: ({ id: string } | null)[] }[]).map((product) => [
        product.id,
        (product.categories ?? []).flatMap((category) => (category ? [category.id] : [])),
      ])
    )
    const {
      data: [currency],
    } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code: order.currency_code },
    })

    return new StepResponse<CommissionOrder | null>({
      id: order.id,
      seller_id: sellerId,
      currency_code: order.currency_code,
      decimal_digits: currency?.decimal_digits ?? 2,
      items: items.map((item) => ({
        id: item.id,
        product_type_id: item.product_type_id ?? null,
        product_category_ids: item.product_id ? categoriesOf.get(item.product_id) ?? [] : [],
        net_amount: net(item),
      })),
      shipping_methods:
        order.status === "canceled"
          ? []
          : (order.shipping_methods ?? []).flatMap((method) =>
              method ? [{ id: method.id, net_amount: net(method) }] : []
            ),
    })
  }
)
