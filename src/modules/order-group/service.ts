import { MedusaService } from "@medusajs/framework/utils"
import { OrderGroup } from "./models/order-group"
import { reconcileSettings } from "./settings"
import type { OrderGroupModuleOptions, ReconcileSettings } from "./types"

export default class OrderGroupModuleService extends MedusaService({
  OrderGroup,
}) {
  protected readonly reconcileSettings_: ReconcileSettings

  constructor(
    container: Record<string, unknown>,
    options: OrderGroupModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.reconcileSettings_ = reconcileSettings(options)
  }

  /** The reconciler's schedule and stale threshold, as configured or defaulted. */
  getReconcileSettings(): ReconcileSettings {
    return this.reconcileSettings_
  }
}
