import type {
  ILockingModule,
  Logger,
  MedusaContainer,
} from "@medusajs/framework/types"
import { configManager } from "@medusajs/framework/config"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { isLockHeld } from "../api/errors/lock-conflict"
import {
  ORDER_GROUP_MODULE,
  OrderGroupModuleOptions,
  OrderGroupModuleService,
  reconcileSettings,
} from "../modules/order-group"
import type {
  ReconcileFinding,
  ReconcileRepair,
  ReconcileReport,
} from "../types/http"
import {
  completeMarketplaceCartWorkflowId,
  completeMarketplaceCartWorkflow,
} from "../workflows/checkout/workflows/complete-marketplace-cart"
import { calculateOrdersCommissionWorkflow } from "../workflows/commission/workflows/calculate-orders-commission"
import { notifyAdminsWorkflow } from "../workflows/notifications/workflows/notify-admins"
import { captureOrderGroupWorkflow } from "../workflows/order-group/workflows/capture-order-group"
import { payoutSellerWorkflowId } from "../workflows/payout/workflows/payout-seller"
import {
  RECONCILE_RUN_LOCK_KEY,
  RECONCILE_RUN_LOCK_TTL_SECONDS,
} from "../workflows/reconcile/utils/reconcile-locks"
import { cancelUnplaceableCheckoutWorkflow } from "../workflows/reconcile/workflows/cancel-unplaceable-checkout"
import { deleteOrphanOrderWorkflow } from "../workflows/reconcile/workflows/delete-orphan-order"
import { listReconcileCandidatesWorkflow } from "../workflows/reconcile/workflows/list-reconcile-candidates"
import { rollBackPartialCheckoutWorkflow } from "../workflows/reconcile/workflows/roll-back-partial-checkout"
import { settlePendingPayoutWorkflow } from "../workflows/reconcile/workflows/settle-pending-payout"

export const RECONCILE_UNREPAIRED_TEMPLATE = "reconcile.unrepaired"

/**
 * Workflows whose abandoned executions the reconciler accounts for: what they left is
 * repaired from the database (the checkout and payout repairs), never by replaying a
 * checkpoint that may be older than what the step wrote (docs/infrastructure.md).
 */
const REPAIRED_FROM_DATABASE: Record<string, string> = {
  [completeMarketplaceCartWorkflowId]:
    "its cart is checked and completed or rolled back by the checkout repair",
  [payoutSellerWorkflowId]:
    "its pending payouts are settled with the provider by the payout repair; processing ones resume on a worker",
}

class Run {
  readonly repaired: ReconcileRepair[] = []
  readonly unrepaired: ReconcileFinding[] = []
  readonly deferred: ReconcileFinding[] = []

  constructor(readonly logger: Logger) {}

  did(finding: ReconcileFinding, action: string) {
    this.repaired.push({ ...finding, action })
  }

  failed(finding: ReconcileFinding, error?: unknown) {
    if (isLockHeld(error)) {
      this.deferred.push({
        ...finding,
        problem: `${finding.problem}; its lock is held by a live run`,
      })
      return
    }
    const reason = error === undefined ? "" : `: ${messageOf(error)}`
    this.unrepaired.push({ ...finding, problem: finding.problem + reason })
  }
}

/**
 * One reconcile run: finds what outages and crashes left half-done and repairs it, one
 * workflow per item (each under the lock of the operation it repairs), so one failure does
 * not stop the others. What it cannot repair is reported to the admins (feed, email, Slack
 * when configured) once per item. Runs one at a time across processes (a lock on the run);
 * a second caller gets the lock's conflict. Used by the job and `POST /admin/reconcile`.
 */
export async function reconcileMarketplace(
  container: MedusaContainer
): Promise<ReconcileReport> {
  const locking = container.resolve<ILockingModule>(Modules.LOCKING)
  return await locking.execute(
    RECONCILE_RUN_LOCK_KEY,
    () => reconcileOnce(container),
    { timeout: 1, expire: RECONCILE_RUN_LOCK_TTL_SECONDS }
  )
}

async function reconcileOnce(
  container: MedusaContainer
): Promise<ReconcileReport> {
  const startedAt = new Date()
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const { staleAfterSeconds } = container
    .resolve<OrderGroupModuleService>(ORDER_GROUP_MODULE)
    .getReconcileSettings()
  const run = new Run(logger)
  const { result: candidates } = await listReconcileCandidatesWorkflow(
    container
  ).run({
    input: {
      stale_before: new Date(startedAt.getTime() - staleAfterSeconds * 1000),
      workflow_ids: Object.keys(REPAIRED_FROM_DATABASE),
    },
  })

  for (const cart_id of candidates.cart_ids) {
    await repairCheckout(container, run, cart_id)
  }
  for (const order_id of candidates.orphan_order_ids) {
    const finding = {
      kind: "order" as const,
      id: order_id,
      problem:
        "created by a checkout that stopped before linking it to a group, seller or cart",
    }
    try {
      const { result: deleted } = await deleteOrphanOrderWorkflow(
        container
      ).run({
        input: { order_id },
      })
      if (deleted) {
        run.did(finding, "deleted")
      }
    } catch (error) {
      run.failed(finding, error)
    }
  }
  for (const group of candidates.order_groups) {
    const finding = {
      kind: "order_group" as const,
      id: group.id,
      problem: group.problem,
    }
    try {
      if (group.captured) {
        await captureOrderGroupWorkflow(container).run({
          input: { order_group_id: group.id, captured_by: "reconciler" },
        })
      } else {
        await calculateOrdersCommissionWorkflow(container).run({
          input: { order_ids: await orderIdsOf(container, group.id) },
        })
      }
      run.did(finding, "books_completed")
    } catch (error) {
      run.failed(finding, error)
    }
  }
  for (const payout of candidates.payouts) {
    const finding = {
      kind: "payout" as const,
      id: payout.id,
      problem: `pending for more than ${staleAfterSeconds} s`,
    }
    try {
      const { result } = await settlePendingPayoutWorkflow(container).run({
        input: { payout_id: payout.id, seller_id: payout.seller_id },
      })
      if (result.outcome !== "none") {
        run.did(finding, result.outcome)
      }
    } catch (error) {
      run.failed(finding, error)
    }
  }
  for (const execution of candidates.workflow_executions) {
    const finding = {
      kind: "workflow_execution" as const,
      id: execution.id,
      problem: `${execution.workflow_id} (${execution.transaction_id}) left unfinished`,
    }
    try {
      await markSuperseded(container, execution.id)
    } catch (error) {
      run.failed(finding, error)
      continue
    }
    run.did(
      {
        ...finding,
        problem: `${finding.problem}; ${REPAIRED_FROM_DATABASE[execution.workflow_id]}`,
      },
      "superseded"
    )
  }

  await reportUnrepaired(container, run)
  const report: ReconcileReport = {
    started_at: startedAt.toISOString(),
    finished_at: new Date().toISOString(),
    counts: {
      found: run.repaired.length + run.unrepaired.length + run.deferred.length,
      repaired: run.repaired.length,
      unrepaired: run.unrepaired.length,
      deferred: run.deferred.length,
    },
    repaired: run.repaired,
    unrepaired: run.unrepaired,
    deferred: run.deferred,
  }
  return report
}

async function repairCheckout(
  container: MedusaContainer,
  run: Run,
  cart_id: string
) {
  let problem = "checkout state unknown"
  try {
    const { result } = await rollBackPartialCheckoutWorkflow(container).run({
      input: { cart_id },
    })
    const { inspection } = result
    if (!inspection.gaps.length) {
      return
    }
    problem = inspection.gaps.join("; ")
    const finding = { kind: "checkout" as const, id: cart_id, problem }
    if (!result.rolled_back) {
      run.failed({
        ...finding,
        problem: `${problem}; its payment is captured, so it is not rolled back`,
      })
      return
    }
    if (!inspection.payment.payment_ids.length) {
      // Nothing was charged: the cart is open again and the customer may complete it.
      run.did(finding, "rolled_back")
      return
    }
    try {
      await completeMarketplaceCartWorkflow(container).run({
        input: { id: cart_id },
      })
      run.did(finding, "completed")
    } catch (error) {
      await cancelUnplaceableCheckoutWorkflow(container).run({
        input: { cart_id, reason: messageOf(error) },
      })
      run.did(
        {
          ...finding,
          problem: `${problem}; cannot complete: ${messageOf(error)}`,
        },
        "payment_canceled"
      )
    }
  } catch (error) {
    run.failed({ kind: "checkout", id: cart_id, problem }, error)
  }
}

async function orderIdsOf(
  container: MedusaContainer,
  groupId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order_group",
    fields: ["orders.id"],
    filters: { id: groupId },
  })
  const orders = (data[0] as { orders?: ({ id: string } | null)[] } | undefined)
    ?.orders
  return (orders ?? []).filter(Boolean).map((order) => order!.id)
}

/**
 * An execution whose effects were repaired from the database is closed as `failed`, so it
 * is not found again; its checkpoint stays for inspection until the engine's retention.
 * (Its primary key is workflow, transaction and run id, so it is updated through a selector.)
 */
async function markSuperseded(container: MedusaContainer, id: string) {
  const engine = container.resolve(Modules.WORKFLOW_ENGINE) as unknown as {
    updateWorkflowExecutions(update: {
      selector: { id: string }
      data: { state: string }
    }): Promise<unknown>
  }
  await engine.updateWorkflowExecutions({
    selector: { id },
    data: { state: "failed" },
  })
}

async function reportUnrepaired(container: MedusaContainer, run: Run) {
  for (const finding of run.unrepaired) {
    run.logger.warn(
      `Reconciler could not repair ${finding.kind} ${finding.id}: ${finding.problem}`
    )
    await notifyAdminsWorkflow(container)
      .run({
        input: {
          template: RECONCILE_UNREPAIRED_TEMPLATE,
          resource_id: finding.id,
          resource_type: finding.kind,
          idempotency_key: `${RECONCILE_UNREPAIRED_TEMPLATE}:${finding.kind}:${finding.id}`,
          data: {
            title: `Reconciler: ${finding.kind} ${finding.id} needs a person`,
            description: finding.problem,
            ...finding,
          },
        },
      })
      .catch((error) =>
        run.logger.warn(
          `Reconciler could not notify the admins about ${finding.id}: ${messageOf(error)}`
        )
      )
  }
}

function messageOf(error: unknown): string {
  return error && typeof error === "object" && "message" in error
    ? String(error.message)
    : String(error)
}

/**
 * Runs the reconciler on the order group module's `reconcile.schedule`. Medusa runs jobs
 * only in the `shared` and `worker` modes; with the Redis workflow engine one worker runs
 * each tick, and the run lock keeps a tick from overlapping an admin's run.
 */
export default async function reconcileMarketplaceJob(
  container: MedusaContainer
) {
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  try {
    const report = await reconcileMarketplace(container)
    const log = report.counts.unrepaired ? logger.warn : logger.info
    log.call(
      logger,
      `Reconciler: ${report.counts.found} found, ${report.counts.repaired} repaired, ${report.counts.unrepaired} unrepaired`
    )
  } catch (error) {
    logger.warn(`Reconciler run skipped: ${messageOf(error)}`)
  }
}

export const config = {
  name: "reconcile-marketplace",
  /** Read when Medusa registers the job, from the order group module's options in the loaded configuration. */
  get schedule(): string {
    const declaration = configManager.baseDir
      ? configManager.config.modules?.[ORDER_GROUP_MODULE]
      : undefined
    const options =
      typeof declaration === "object"
        ? (declaration.options as OrderGroupModuleOptions | undefined)
        : undefined
    return reconcileSettings(options).schedule
  },
}
