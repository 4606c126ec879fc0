import type { IWorkflowEngineService } from "@medusajs/framework/types"
import { TransactionState } from "@medusajs/framework/utils"
import {
  INFRA_ASYNC_STEP,
  INFRA_ASYNC_WORKFLOW,
} from "../fixtures/app/src/workflows/infra-async"

type WorkflowEvent = { eventType: string; result?: unknown; errors?: unknown[] }

/** A workflow with an async step waits for its answer, then finishes with it. */
export function asyncStepCompletes(engine: () => IWorkflowEngineService): void {
  it("completes a workflow whose async step is answered later", async () => {
    const transactionId = `async-${process.pid}-${Date.now()}`
    let timer: NodeJS.Timeout | undefined
    const finished = new Promise<WorkflowEvent>((resolve, reject) => {
      timer = setTimeout(
        () => reject(new Error("the workflow did not finish within 15 s")),
        15_000
      )
      void engine().subscribe({
        workflowId: INFRA_ASYNC_WORKFLOW,
        transactionId,
        subscriber: (event: WorkflowEvent) => {
          if (event.eventType === "onFinish") {
            resolve(event)
          }
        },
      })
    })

    const { transaction } = await engine().run(INFRA_ASYNC_WORKFLOW, {
      input: { value: 21 },
      transactionId,
      throwOnError: true,
    })
    expect(transaction.getFlow().state).toBe(TransactionState.INVOKING)

    await engine().setStepSuccess({
      idempotencyKey: {
        action: "invoke",
        transactionId,
        stepId: INFRA_ASYNC_STEP,
        workflowId: INFRA_ASYNC_WORKFLOW,
      },
      stepResponse: { approved: true },
    })

    try {
      const event = await finished
      expect(event.errors ?? []).toEqual([])
      expect(event.result).toEqual({
        doubled: 42,
        external: { approved: true },
      })
    } finally {
      clearTimeout(timer)
    }
  })
}
