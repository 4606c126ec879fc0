/** What src/config passes to the order group module; every field has a default. */
export type OrderGroupModuleOptions = {
  /** The reconciler, which repairs checkouts, groups and payouts an outage or a crash left half-done. */
  reconcile?: {
    /** Cron expression of the reconcile job. */
    schedule?: string
    /**
     * Seconds after which an unfinished operation (a checkout, a pending payout, a workflow
     * execution still `invoking`) counts as abandoned; longer than any live run takes.
     */
    staleAfterSeconds?: number
  }
}

export type ReconcileSettings = Required<
  NonNullable<OrderGroupModuleOptions["reconcile"]>
>
