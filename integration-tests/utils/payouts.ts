import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import BigNumber from "bignumber.js"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import type PayoutModuleService from "../../src/modules/payout/service"
import type { LedgerEntryInput } from "../../src/modules/payout/service"
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"
import { stripeSignatureHeader } from "../../src/providers/payout-stripe-connect"
import {
  Headers,
  loginSeller,
  registerIdentity,
  SellerAccount,
} from "./sellers"
import type { VendorCreatePayoutAccountResponse } from "../../src/types/http"

const DAY = 24 * 60 * 60 * 1000

export function payoutService(container: MedusaContainer): PayoutModuleService {
  return container.resolve<PayoutModuleService>(PAYOUT_MODULE)
}

/**
 * Credits a seller's ledger directly (what a capture writes): `payable` entries are
 * available since yesterday, `held` ones only next week.
 */
export async function creditLedger(
  container: MedusaContainer,
  sellerId: string,
  entries: {
    amount: string
    currency_code?: string
    held?: boolean
    type?: LedgerEntryInput["type"]
    reference?: string
  }[]
): Promise<void> {
  const now = Date.now()
  await payoutService(container).recordLedgerEntries(
    entries.map((entry, index) => ({
      seller_id: sellerId,
      currency_code: entry.currency_code ?? "eur",
      amount: entry.amount,
      type: entry.type ?? "sale",
      reference: entry.reference ?? `order_${sellerId}_${now}_${index}`,
      available_at: new Date(entry.held ? now + 7 * DAY : now - DAY),
    }))
  )
}

/** Sum of a seller's entries in a currency, split as the balance is (exact decimals). */
export async function ledgerSums(
  container: MedusaContainer,
  sellerId: string,
  currency = "eur"
) {
  const entries = await payoutService(container).listLedgerEntries(
    { seller_id: sellerId, currency_code: currency },
    { select: ["amount", "raw_amount", "available_at", "type", "reference"] }
  )
  const now = Date.now()
  const sum = (list: typeof entries) =>
    list.reduce(
      (total, entry) =>
        total.plus(String((entry.raw_amount as { value: string }).value)),
      new BigNumber(0)
    )
  return {
    entries,
    total: sum(entries).toFixed(),
    payable: sum(
      entries.filter((entry) => new Date(entry.available_at).getTime() <= now)
    ).toFixed(),
  }
}

/** A logged-in member of a seller with the given role (identity → member → app metadata). */
export async function memberLogin(
  api: AxiosInstance,
  container: MedusaContainer,
  sellerId: string,
  email: string,
  role: "owner" | "admin" | "member"
): Promise<Headers> {
  await registerIdentity(api, email)
  const member = await container
    .resolve<SellerModuleService>(SELLER_MODULE)
    .createMembers({ seller_id: sellerId, email, role })
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities({
    provider_identities: { entity_id: email },
  })
  await auth.updateAuthIdentities({
    id: identity.id,
    app_metadata: { seller_id: member.id },
  })
  return loginSeller(api, email)
}

/**
 * Onboards a seller at the (loopback) Stripe and activates its payout account with a
 * signed `account.updated` webhook, as Stripe does once the seller finished onboarding.
 * Returns the Stripe account id.
 */
export async function activateStripeAccount(
  api: AxiosInstance,
  seller: SellerAccount,
  webhookSecret: string
): Promise<string> {
  const { data } = await api.post<VendorCreatePayoutAccountResponse>(
    "/vendor/payout-account",
    {},
    seller.owner
  )
  if (!data.payout_account) {
    throw new Error(`no payout account was created for ${seller.seller.id}`)
  }
  const externalId = data.payout_account.external_id
  if (!externalId) {
    throw new Error(
      `the payout provider gave ${seller.seller.id} no account id`
    )
  }
  const event = JSON.stringify({
    id: `evt_${externalId}`,
    type: "account.updated",
    data: {
      object: {
        id: externalId,
        payouts_enabled: true,
        details_submitted: true,
      },
    },
  })
  await api.post("/hooks/payouts/stripe-connect", event, {
    headers: {
      "content-type": "application/json",
      "stripe-signature": stripeSignatureHeader(webhookSecret, event),
    },
  })
  return externalId
}
