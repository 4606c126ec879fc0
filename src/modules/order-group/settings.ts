import type { OrderGroupModuleOptions, ReconcileSettings } from "./types"

export const DEFAULT_RECONCILE_SETTINGS: ReconcileSettings = {
  schedule: "*/5 * * * *",
  staleAfterSeconds: 600,
}

/** The reconciler's settings among the module options, defaults for the missing ones. */
export function reconcileSettings(
  options: OrderGroupModuleOptions = {}
): ReconcileSettings {
  return {
    schedule:
      options.reconcile?.schedule ?? DEFAULT_RECONCILE_SETTINGS.schedule,
    staleAfterSeconds:
      options.reconcile?.staleAfterSeconds ??
      DEFAULT_RECONCILE_SETTINGS.staleAfterSeconds,
  }
}
