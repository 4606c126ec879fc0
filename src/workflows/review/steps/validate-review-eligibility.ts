import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE, ReviewModuleService } from "../../../modules/review"
import type { CreateReviewInput, EligibleReview } from "../types"

type OrderLine = {
  id: string
  product_id: string | null
  detail?: { fulfilled_quantity?: unknown } | null
}
type ReviewedOrder = {
  id: string
  customer_id: string | null
  status: string
  seller?: { id: string } | null
  items?: (OrderLine | null)[] | null
}

const fulfilled = (line: OrderLine) =>
  Number(line.detail?.fulfilled_quantity ?? 0) > 0

export const validateReviewEligibilityStepId = "validate-review-eligibility"

/**
 * Only the customer who placed the order may review from it: a product once per order
 * line it was fulfilled (or delivered) in, the seller once per order with a fulfilled
 * line. Someone else's (or a missing) order is a 403, a line or seller that is not the
 * order's a 400, an unfulfilled one a 403, a second review of the same line or order a 400.
 * Reads only.
 */
export const validateReviewEligibilityStep = createStep(
  validateReviewEligibilityStepId,
  async (input: CreateReviewInput, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = (await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "status",
        "seller.id",
        "items.id",
        "items.product_id",
        "items.detail.fulfilled_quantity",
      ],
      filters: { id: input.order_id },
    })) as { data: ReviewedOrder[] }
    if (!order || order.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Only the customer who placed order ${input.order_id} can review from it`
      )
    }
    if (order.status === "canceled" || !order.seller?.id) {
      throw new MedusaError(
        MedusaError.Types.FORBIDDEN,
        `Order ${order.id} was canceled or has no seller: nothing in it can be reviewed`
      )
    }
    const lines = (order.items ?? []).flatMap((line) => (line ? [line] : []))
    const eligible: EligibleReview = {
      reference: input.reference,
      reference_id: input.reference_id,
      seller_id: order.seller.id,
      order_id: order.id,
      line_item_id: null,
    }

    if (input.reference === "product") {
      const line = lines.find(
        (candidate) =>
          candidate.product_id === input.reference_id &&
          (!input.line_item_id || candidate.id === input.line_item_id)
      )
      if (!line) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          input.line_item_id
            ? `Line ${input.line_item_id} of order ${order.id} is not product ${input.reference_id}`
            : `Order ${order.id} has no line of product ${input.reference_id}`
        )
      }
      if (!fulfilled(line)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Product ${input.reference_id} can be reviewed once line ${line.id} is fulfilled or delivered`
        )
      }
      eligible.line_item_id = line.id
    } else {
      if (order.seller.id !== input.reference_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Order ${order.id} was not sold by seller ${input.reference_id}`
        )
      }
      if (!lines.some(fulfilled)) {
        throw new MedusaError(
          MedusaError.Types.FORBIDDEN,
          `Seller ${input.reference_id} can be reviewed once order ${order.id} is fulfilled or delivered`
        )
      }
    }

    const [existing] = await container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews(
        eligible.line_item_id
          ? { line_item_id: eligible.line_item_id }
          : { order_id: order.id, reference: "seller" },
        { select: ["id"], take: 1 }
      )
    if (existing) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        eligible.line_item_id
          ? `Line ${eligible.line_item_id} of order ${order.id} was already reviewed (${existing.id})`
          : `Seller ${input.reference_id} was already reviewed for order ${order.id} (${existing.id})`
      )
    }
    return new StepResponse(eligible)
  }
)
