import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { AmountValue, decimalAmount } from "../../common/utils/decimal-amount"

export type GroupForCapture = {
  id: string
  currency_code: string
  decimal_digits: number
  orders: { id: string; total: string; seller_id: string }[]
  payment: { id: string; amount: string; captured: boolean }
}

export const retrieveOrderGroupForCaptureStepId =
  "retrieve-order-group-for-capture"

/** The group, its orders with their seller, and the one payment the customer authorized. */
export const retrieveOrderGroupForCaptureStep = createStep(
  retrieveOrderGroupForCaptureStepId,
  async ({ id }: { id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: [
        "id",
        "currency_code",
        "orders.id",
        "orders.total",
        "orders.seller.id",
        "payment_collection.payments.id",
        "payment_collection.payments.amount",
        "payment_collection.payments.captured_at",
        "payment_collection.payments.canceled_at",
      ],
      filters: { id },
    })
    if (!group) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order group with id: ${id} was not found`
      )
    }
    type Queried = {
      orders?: {
        id: string
        total: AmountValue
        seller?: { id: string } | null
      }[]
      payment_collection?: {
        payments?: {
          id: string
          amount: AmountValue
          captured_at?: string | null
          canceled_at?: string | null
        }[]
      } | null
    }
    const { orders = [], payment_collection } = group as unknown as Queried
    const payment = payment_collection?.payments?.find(
      (candidate) => !candidate.canceled_at
    )
    if (!payment) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Order group ${id} has no authorized payment to capture`
      )
    }
    const {
      data: [currency],
    } = await query.graph({
      entity: "currency",
      fields: ["decimal_digits"],
      filters: { code: group.currency_code },
    })
    return new StepResponse<GroupForCapture>({
      id: group.id,
      currency_code: group.currency_code,
      decimal_digits: currency?.decimal_digits ?? 2,
      orders: orders.map((order) => ({
        id: order.id,
        total: decimalAmount(order.total).toFixed(),
        seller_id: order.seller?.id ?? "",
      })),
      payment: {
        id: payment.id,
        amount: decimalAmount(payment.amount).toFixed(),
        captured: Boolean(payment.captured_at),
      },
    })
  }
)
