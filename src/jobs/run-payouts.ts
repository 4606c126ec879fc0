import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { marketplaceEnv } from "../config"
import { runPayouts } from "../workflows/payout/run-payouts"

/**
 * Pays every seller its payable balance on PAYOUT_SCHEDULE. Medusa runs jobs only in the
 * `shared` and `worker` modes; with the Redis workflow engine one worker runs each tick.
 */
export default async function runPayoutsJob(container: MedusaContainer) {
  const summary = await runPayouts(container)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  logger.info(
    `Payout run: ${summary.sellers} seller(s), ${summary.payouts.length} payout(s), ` +
      `${summary.skipped.length} skipped, ${summary.errors.length} error(s)`
  )
}

export const config = {
  name: "run-payouts",
  /** Read when Medusa registers the job (not when this file is imported). */
  get schedule(): string {
    return marketplaceEnv().marketplace.payout.schedule
  },
}
