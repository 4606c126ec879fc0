/**
 * Seconds a repair waits for the lock of the operation it repairs. Short: a held lock means
 * a live run is on it, and the next reconcile run looks again.
 */
export const RECONCILE_LOCK_TIMEOUT_SECONDS = 5
/** The reconciler's own run: one at a time across processes (the job's tick and the admin route). */
export const RECONCILE_RUN_LOCK_KEY = "reconcile:run"
/** Seconds the run lock outlives a crashed reconcile run (providers that can renew it keep it while the run lives). */
export const RECONCILE_RUN_LOCK_TTL_SECONDS = 60
