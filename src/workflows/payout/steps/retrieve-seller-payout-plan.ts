import BigNumber from "bignumber.js"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE, PayoutAccountStatus } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { SellerStatus } from "../../../modules/seller"
import { floorToMinorUnit } from "../utils/floor-to-minor-unit"

export const retrieveSellerPayoutPlanStepId = "retrieve-seller-payout-plan"

export type RetrieveSellerPayoutPlanStepInput = { seller_id: string }

export type PayoutPlanLine = {
  currency_code: string
  /** Payable balance rounded down to the minor unit, a decimal string. */
  amount: string
  decimal_digits: number
}

export type SellerPayoutPlan = {
  seller_id: string
  /** The id of the provider the payouts go through (the default provider). */
  provider: string
  /** The payout account's external id (the provider's destination), if any. */
  destination: string | null
  lines: PayoutPlanLine[]
  /** Why nothing will be paid, when `lines` is empty. */
  skipped_reason: string | null
}

const HELD_STATUSES: string[] = [
  SellerStatus.SUSPENDED,
  SellerStatus.TERMINATED,
]

/**
 * What a seller can be paid now, per currency: the payable balance (entries available
 * now), rounded down to the currency's minor unit, when it is above 0 and at least the
 * payout module's `minimum`. Skips (with a reason) suspended or terminated sellers and, when the
 * provider needs one, sellers without an active payout account.
 */
export const retrieveSellerPayoutPlanStep = createStep(
  retrieveSellerPayoutPlanStepId,
  async ({ seller_id }: RetrieveSellerPayoutPlanStepInput, { container }) => {
    const service: PayoutModuleService = container.resolve(PAYOUT_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const provider = service.getDefaultProviderId()
    const skip = (reason: string, destination: string | null = null) =>
      new StepResponse<SellerPayoutPlan>({
        seller_id,
        provider,
        destination,
        lines: [],
        skipped_reason: reason,
      })

    const {
      data: [seller],
    } = await query.graph({
      entity: "seller",
      fields: ["id", "status"],
      filters: { id: seller_id },
    })
    if (!seller) {
      return skip(`Seller ${seller_id} was not found`)
    }
    if (HELD_STATUSES.includes(seller.status as string)) {
      return skip(
        `Seller is ${seller.status}; payouts are held until an admin reinstates it`
      )
    }

    const [account] = await service.listPayoutAccounts({ seller_id })
    const destination =
      account?.provider === provider ? (account.external_id ?? null) : null
    if (
      service.providerRequiresAccount(provider) &&
      (account?.status !== PayoutAccountStatus.ACTIVE || !destination)
    ) {
      return skip(`Seller has no active ${provider} payout account`)
    }

    const balances = await service.getSellerBalances(seller_id)
    if (!balances.length) {
      return skip("Nothing payable", destination)
    }
    const { data: currencies } = await query.graph({
      entity: "currency",
      fields: ["code", "decimal_digits"],
      filters: { code: balances.map((balance) => balance.currency_code) },
    })
    const digits = new Map(
      currencies.map((currency) => [
        currency.code,
        Number(currency.decimal_digits ?? 2),
      ])
    )
    const { minimum } = service.getSettings()
    const lines = balances
      .map((balance) => {
        const decimal_digits = digits.get(balance.currency_code) ?? 2
        return {
          currency_code: balance.currency_code,
          amount: floorToMinorUnit(balance.payable, decimal_digits),
          decimal_digits,
        }
      })
      .filter(
        (line) =>
          new BigNumber(line.amount).gt(0) &&
          new BigNumber(line.amount).gte(minimum)
      )
    if (!lines.length) {
      return skip(
        minimum > 0
          ? `No payable balance of at least ${minimum}`
          : "Nothing payable",
        destination
      )
    }
    return new StepResponse<SellerPayoutPlan>({
      seller_id,
      provider,
      destination,
      lines,
      skipped_reason: null,
    })
  }
)
