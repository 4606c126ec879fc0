import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { marketplaceEnv } from "../../config"
import { PAYOUT_MODULE } from "../../modules/payout"
import type PayoutModuleService from "../../modules/payout/service"
import { payoutSellerWorkflow } from "./workflows/payout-seller"

export type PayoutRunSummary = {
  sellers: number
  payouts: { id: string; seller_id: string; currency_code: string; amount: string; status: string }[]
  skipped: { seller_id: string; reason: string }[]
  errors: { seller_id: string; message: string }[]
}

/**
 * One payout run: payoutSellerWorkflow for every seller with a payable balance of at
 * least PAYOUT_MINIMUM (or for the given sellers), one after the other. A seller whose
 * run fails (lock held too long, database error) is reported and the others go on.
 * Used by the scheduled job and by `POST /admin/payouts/run`.
 */
export async function runPayouts(
  container: MedusaContainer,
  { seller_ids }: { seller_ids?: string[] } = {}
): Promise<PayoutRunSummary> {
  const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
  const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
  const sellers =
    seller_ids ?? (await service.listSellersWithPayableBalance(marketplaceEnv().marketplace.payout.minimum))
  const summary: PayoutRunSummary = { sellers: sellers.length, payouts: [], skipped: [], errors: [] }
  for (const seller_id of sellers) {
    try {
      const { result } = await payoutSellerWorkflow(container).run({ input: { seller_id } })
      summary.payouts.push(
        ...result.payouts.map(({ id, seller_id, currency_code, amount, status }) => ({
          id,
          seller_id,
          currency_code,
          amount,
          status,
        }))
      )
      if (result.skipped_reason) {
        summary.skipped.push({ seller_id, reason: result.skipped_reason })
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      logger.warn(`Payout run for seller ${seller_id} failed: ${message}`)
      summary.errors.push({ seller_id, message })
    }
  }
  return summary
}
