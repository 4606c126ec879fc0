import { z } from "@medusajs/framework/zod"

export const ReconcileKind = z.enum([
  "checkout",
  "order_group",
  "order",
  "payout",
  "workflow_execution",
])

export const ReconcileFinding = z.object({
  kind: ReconcileKind,
  /** Cart, order group, order, payout or workflow execution id. */
  id: z.string(),
  /** What was wrong. */
  problem: z.string(),
})

export const ReconcileRepair = ReconcileFinding.extend({
  /** What the reconciler did: completed, rolled_back, payment_canceled, books_completed, deleted, paid, failed, superseded. */
  action: z.string(),
})

/** One reconcile run: what it found, what it repaired, what it reported to the admins. */
export const ReconcileReport = z.object({
  started_at: z.string(),
  finished_at: z.string(),
  counts: z.object({
    found: z.number().int(),
    repaired: z.number().int(),
    unrepaired: z.number().int(),
    deferred: z.number().int(),
  }),
  repaired: z.array(ReconcileRepair),
  unrepaired: z.array(ReconcileFinding),
  /** Found while a live run held the operation's lock: looked at again on the next run. */
  deferred: z.array(ReconcileFinding),
})

export const AdminReconcileResponse = z.object({
  reconciliation: ReconcileReport,
})

export type ReconcileKind = z.infer<typeof ReconcileKind>
export type ReconcileFinding = z.infer<typeof ReconcileFinding>
export type ReconcileRepair = z.infer<typeof ReconcileRepair>
export type ReconcileReport = z.infer<typeof ReconcileReport>
export type AdminReconcileResponse = z.infer<typeof AdminReconcileResponse>
