import { configManager } from "@medusajs/framework/config"
import {
  PAYOUT_MODULE,
  PayoutModuleOptions,
  payoutSettings,
  PayoutSettings,
} from "../../../modules/payout"

/**
 * The payout module's settings in the Medusa configuration the process loaded, for the
 * definitions Medusa reads once, when it registers them: a job's `schedule` and a
 * workflow step's `retryIntervalAwaiting`. Everything else asks the module service
 * (`getSettings()`) at run time. Before a configuration is loaded (a test file importing a
 * workflow) the module's defaults apply.
 */
export function loadedPayoutSettings(): PayoutSettings {
  if (!configManager.baseDir) {
    return payoutSettings()
  }
  const declaration = configManager.config.modules?.[PAYOUT_MODULE]
  const options =
    typeof declaration === "object"
      ? (declaration.options as PayoutModuleOptions | undefined)
      : undefined
  return payoutSettings(options)
}
