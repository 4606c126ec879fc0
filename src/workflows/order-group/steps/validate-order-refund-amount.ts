import BigNumber from "bignumber.js"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { OrderRefundContext } from "./retrieve-order-refund-context"

export const validateOrderRefundAmountStepId = "validate-order-refund-amount"

/** The amount to refund, rounded to the minor unit and checked against what is left. */
export const validateOrderRefundAmountStep = createStep(
  validateOrderRefundAmountStepId,
  async ({
    context,
    amount,
  }: {
    context: OrderRefundContext
    amount?: string | number
  }) => {
    const left = new BigNumber(context.paid).minus(context.refunded)
    const wanted = amount === undefined ? left : new BigNumber(amount)
    const rounded = wanted.decimalPlaces(
      context.decimal_digits,
      BigNumber.ROUND_HALF_UP
    )
    if (!rounded.isFinite() || rounded.lte(0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The refund amount must be greater than 0"
      )
    }
    if (rounded.gt(left)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Order ${context.order_id} has ${left.toFixed()} ${context.currency_code} left to refund`
      )
    }
    return new StepResponse(rounded.toFixed())
  }
)
