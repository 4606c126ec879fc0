import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PAYOUT_MODULE } from "../modules/payout"
import type PayoutModuleService from "../modules/payout/service"
import { loadedPayoutSettings } from "../workflows/payout/utils/loaded-payout-settings"
import { payoutSellerWorkflow } from "../workflows/payout/workflows/payout-seller"

export type PayoutRunSummary = {
  sellers: number
  payouts: {
    id: string
    seller_id: string
    currency_code: string
    amount: string
    status: string
  }[]
  skipped: { seller_id: string; reason: string }[]
  errors: { seller_id: string; message: string }[]
}

/**
 * One payout run: payoutSellerWorkflow for every seller with a payable balance of at
 * least the payout module's `minimum` (or for the given sellers), one run after the other.
 * Each seller is a workflow run of its own, so a seller whose run fails (lock held too
 * long, database error) is reported and the others go on. Used by this job and by
 * `POST /admin/payouts/run`.
 */
export async function runPayouts(
  container: MedusaContainer,
  { seller_ids }: { seller_ids?: string[] } = {}
): Promise<PayoutRunSummary> {
  const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const sellers =
    seller_ids ??
    (await service.listSellersWithPayableBalance(service.getSettings().minimum))
  const summary: PayoutRunSummary = {
    sellers: sellers.length,
    payouts: [],
    skipped: [],
    errors: [],
  }
  for (const seller_id of sellers) {
    try {
      const { result } = await payoutSellerWorkflow(container).run({
        input: { seller_id },
      })
      summary.payouts.push(
        ...result.payouts.map(
          ({ id, seller_id, currency_code, amount, status }) => ({
            id,
            seller_id,
            currency_code,
            amount,
            status,
          })
        )
      )
      if (result.skipped_reason) {
        summary.skipped.push({ seller_id, reason: result.skipped_reason })
      }
    } catch (error) {
      // A workflow rethrows a step's error as it stored it: an Error, or a plain { message }.
      const message =
        error && typeof error === "object" && "message" in error
          ? String(error.message)
          : String(error)
      logger.warn(`Payout run for seller ${seller_id} failed: ${message}`)
      summary.errors.push({ seller_id, message })
    }
  }
  return summary
}

/**
 * Pays every seller its payable balance on the payout module's `schedule`. Medusa runs
 * jobs only in the `shared` and `worker` modes; with the Redis workflow engine one worker
 * runs each tick.
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
  /** Read when Medusa registers the job, from the payout module's options in the loaded configuration. */
  get schedule(): string {
    return loadedPayoutSettings().schedule
  },
}
