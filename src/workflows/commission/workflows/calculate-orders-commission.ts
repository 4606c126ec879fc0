import BigNumber from "bignumber.js"
import {
  createWorkflow,
  transform,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import {
  acquireLockStep,
  emitEventStep,
  releaseLockStep,
} from "@medusajs/medusa/core-flows"
import {
  CommissionCalculatedData,
  CommissionEvents,
} from "../../../modules/commission/events"
import { listActiveCommissionRulesStep } from "../steps/list-active-commission-rules"
import { replaceOrdersCommissionLinesStep } from "../steps/replace-orders-commission-lines"
import { retrieveCommissionOrdersStep } from "../steps/retrieve-commission-orders"
import { buildCommissionLines } from "../utils/build-commission-lines"

export const calculateOrdersCommissionWorkflowId = "calculate-orders-commission"

export type CalculateOrdersCommissionWorkflowInput = { order_ids: string[] }

/**
 * (Re)computes the commission lines of seller orders from the active rules (orders of no
 * seller are skipped). Idempotent: lines are replaced, never added, so a redelivered
 * `order.placed` or a recomputation after an edit leaves exactly one set of lines. Runs
 * under a lock on each order id (seconds) so two recomputations cannot interleave — also
 * when it runs as a step of another workflow (the capture).
 */
export const calculateOrdersCommissionWorkflow = createWorkflow(
  calculateOrdersCommissionWorkflowId,
  (input: WorkflowData<CalculateOrdersCommissionWorkflowInput>) => {
    const lockKeys = transform({ input }, ({ input }) =>
      input.order_ids.map((id) => `commission:${id}`)
    )
    acquireLockStep({
      key: lockKeys,
      timeout: 10,
      ttl: 60,
      executeOnSubWorkflow: true,
    })

    const orders = retrieveCommissionOrdersStep({ order_ids: input.order_ids })
    const rules = listActiveCommissionRulesStep()

    const lines = transform({ orders, rules }, ({ orders, rules }) =>
      orders.map((order) => ({
        order_id: order.id,
        lines: buildCommissionLines(order, rules),
      }))
    )
    replaceOrdersCommissionLinesStep(lines)

    const events = transform({ orders, lines }, ({ orders, lines }) =>
      orders.map((order): CommissionCalculatedData => ({
        order_id: order.id,
        seller_id: order.seller_id,
        currency_code: order.currency_code,
        amount: (
          lines.find((entry) => entry.order_id === order.id)?.lines ?? []
        )
          .reduce((sum, line) => sum.plus(line.amount), new BigNumber(0))
          .toFixed(),
      }))
    )
    emitEventStep({ eventName: CommissionEvents.CALCULATED, data: events })

    releaseLockStep({ key: lockKeys, executeOnSubWorkflow: true })
    return new WorkflowResponse(input.order_ids)
  }
)
