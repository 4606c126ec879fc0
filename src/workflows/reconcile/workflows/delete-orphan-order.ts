import {
  createWorkflow,
  WorkflowData,
  WorkflowResponse,
} from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { deleteOrphanOrderStep } from "../steps/delete-orphan-order"
import { RECONCILE_LOCK_TIMEOUT_SECONDS } from "../utils/reconcile-locks"

export const deleteOrphanOrderWorkflowId = "delete-orphan-order"

/**
 * Under a lock on the order id: deletes an order an abandoned split checkout created but
 * never linked (deleteOrphanOrderStep).
 */
export const deleteOrphanOrderWorkflow = createWorkflow(
  deleteOrphanOrderWorkflowId,
  (input: WorkflowData<{ order_id: string }>) => {
    acquireLockStep({
      key: input.order_id,
      timeout: RECONCILE_LOCK_TIMEOUT_SECONDS,
      ttl: 60,
    })
    const deleted = deleteOrphanOrderStep({ order_id: input.order_id })
    releaseLockStep({ key: input.order_id })
    return new WorkflowResponse(deleted)
  }
)
