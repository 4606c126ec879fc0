import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CommissionOrder } from "../utils/build-commission-lines"
import { AmountValue, decimalAmount } from "../../common/utils/decimal-amount"

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
  items?: (
    | (QueriedLine & {
        product_id?: string | null
        product_type_id?: string | null
      })
    | null
  )[]
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
  return amount
    .multipliedBy(quantity.minus(returned))
    .dividedBy(quantity)
    .toFixed()
}

export const retrieveCommissionOrdersStepId = "retrieve-commission-orders"

export type RetrieveCommissionOrdersStepInput = { order_ids: string[] }

/**
 * The seller orders as commission sees them (net amounts, product type and categories,
 * currency precision); orders that belong to no seller are left out. Read only.
 */
export const retrieveCommissionOrdersStep = createStep(
  retrieveCommissionOrdersStepId,
  async ({ order_ids }: RetrieveCommissionOrdersStepInput, { container }) => {
    if (!order_ids.length) {
      return new StepResponse<CommissionOrder[]>([])
    }
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
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
      filters: { id: order_ids },
    })
    // `seller` comes from the seller↔order link (src/links/seller-order.ts).
    const orders = (data as unknown as QueriedOrder[]).filter(
      (order) => !!order.seller?.id
    )
    if (!orders.length) {
      return new StepResponse<CommissionOrder[]>([])
    }

    // A canceled order earns nothing: its lines are replaced by none.
    const itemsOf = (order: QueriedOrder) =>
      order.status === "canceled"
        ? []
        : (order.items ?? []).flatMap((item) => (item ? [item] : []))
    const productIds = [
      ...new Set(
        orders
          .flatMap((order) => itemsOf(order).map((item) => item.product_id))
          .filter(Boolean)
      ),
    ] as string[]
    const { data: products } = productIds.length
      ? await query.graph({
          entity: "product",
          fields: ["id", "categories.id"],
          filters: { id: productIds },
        })
      : { data: [] }
    const categoriesOf = new Map(
      (
        products as { id: string; categories?: ({ id: string } | null)[] }[]
      ).map((product) => [
        product.id,
        (product.categories ?? []).flatMap((category) =>
          category ? [category.id] : []
        ),
      ])
    )
    const { data: currencies } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: {
        code: [...new Set(orders.map((order) => order.currency_code))],
      },
    })
    const digitsOf = new Map(
      currencies.map((currency) => [currency.code, currency.decimal_digits])
    )

    return new StepResponse<CommissionOrder[]>(
      orders.map((order) => ({
        id: order.id,
        seller_id: order.seller!.id,
        currency_code: order.currency_code,
        decimal_digits: digitsOf.get(order.currency_code) ?? 2,
        items: itemsOf(order).map((item) => ({
          id: item.id,
          product_type_id: item.product_type_id ?? null,
          product_category_ids: item.product_id
            ? (categoriesOf.get(item.product_id) ?? [])
            : [],
          net_amount: net(item),
        })),
        shipping_methods:
          order.status === "canceled"
            ? []
            : (order.shipping_methods ?? []).flatMap((method) =>
                method ? [{ id: method.id, net_amount: net(method) }] : []
              ),
      }))
    )
  }
)
