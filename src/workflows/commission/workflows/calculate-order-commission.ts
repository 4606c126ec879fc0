import BigNumber from "bignumber.js"
import {
  createWorkflow,
  transform,
  when,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import {
  buildCommissionLines,
  CommissionLineInput,
} from "../../../modules/commission/build-commission-lines"
import { CommissionEvents } from "../../../modules/commission/events"
import { listActiveCommissionRulesStep } from "../steps/list-active-commission-rules"
import { replaceOrderCommissionLinesStep } from "../steps/replace-order-commission-lines"
import { retrieveCommissionOrderStep } from "../steps/retrieve-commission-order"

export const calculateOrderCommissionWorkflowId = "calculate-order-commission"

/**
 * (Re)computes the commission lines of one seller order from the active rules.
 * Idempotent: lines are replaced, never added, so a redelivered `order.placed` or a
 * recomputation after an edit leaves exactly one set of lines. Runs under a lock on
 * the order id (seconds) so two recomputations cannot interleave.
 */
export const calculateOrderCommissionWorkflow = createWorkflow(
  calculateOrderCommissionWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => {
    const lockKey = transform({ input }, ({ input }) => `commission:${input.order_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 60 })

    const order = retrieveCommissionOrderStep({ order_id: input.order_id })
    const rules = listActiveCommissionRulesStep()

    when("order-has-seller", { order }, ({ order }) => order !== null).then(() => {
      const lines = transform({ order, rules }, ({ order, rules }): CommissionLineInput[] =>
        buildCommissionLines(order!, rules)
      )
      replaceOrderCommissionLinesStep({ order_id: input.order_id, lines })

      const event = transform({ order, lines }, ({ order, lines }) => ({
        order_id: order!.id,
        seller_id: order!.seller_id,
        currency_code: order!.currency_code,
        amount: lines.reduce((sum, line) => sum.plus(line.amount), new BigNumber(0)).toFixed(),
      }))
      emitEventStep({ eventName: CommissionEvents.CALCULATED, data: event })
    })

    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(input.order_id)
  }
)
