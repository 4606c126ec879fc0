import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const retrieveUncapturedGroupPaymentStepId =
  "retrieve-uncaptured-group-payment"

type Queried = {
  orders?: { status: string }[]
  payment_collection?: {
    payments?: {
      id: string
      captured_at?: string | null
      canceled_at?: string | null
      captures?: { id: string }[] | null
    }[]
  } | null
}

/**
 * The id of the group's payment when nothing is left to capture it for: every order of the
 * group is canceled and the payment is neither captured (wholly or partly) nor canceled yet.
 * Otherwise null.
 */
export const retrieveUncapturedGroupPaymentStep = createStep(
  retrieveUncapturedGroupPaymentStepId,
  async ({ order_group_id }: { order_group_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [group],
    } = await query.graph({
      entity: "order_group",
      fields: [
        "orders.status",
        "payment_collection.payments.id",
        "payment_collection.payments.captured_at",
        "payment_collection.payments.canceled_at",
        "payment_collection.payments.captures.id",
      ],
      filters: { id: order_group_id },
    })
    const { orders = [], payment_collection } = (group ?? {}) as Queried
    const payments = payment_collection?.payments ?? []
    const allCanceled =
      orders.length > 0 && orders.every((order) => order.status === "canceled")
    // A partial capture (orders canceled before it) leaves `captured_at` unset.
    const captured = (payment: (typeof payments)[number]) =>
      Boolean(payment.captured_at) || (payment.captures ?? []).length > 0
    const open = payments.find(
      (payment) => !captured(payment) && !payment.canceled_at
    )
    const anyCaptured = payments.some(captured)
    return new StepResponse(
      allCanceled && open && !anyCaptured ? open.id : null
    )
  }
)
