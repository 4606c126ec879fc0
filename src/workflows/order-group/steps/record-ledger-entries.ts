import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import type { LedgerEntryInput } from "../../../modules/payout/service"

export const recordLedgerEntriesStepId = "record-ledger-entries"

/**
 * Writes ledger entries idempotently (unique type + reference). Compensation removes
 * only the entries this run created, never ones an earlier run wrote.
 */
export const recordLedgerEntriesStep = createStep(
  recordLedgerEntriesStepId,
  async (entries: LedgerEntryInput[], { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const created = await service.recordLedgerEntries(entries)
    return new StepResponse(
      created,
      created.map((entry) => entry.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    await service.deleteLedgerEntries(ids)
  }
)
