import type {
  CreateProviderAccountInput,
  PayoutProvider,
  PayoutWebhookEvent,
  ProviderAccount,
  TransferInput,
  TransferLookup,
  TransferResult,
} from "../../../modules/payout/payout-provider"
import { PayoutProviderError } from "../../../modules/payout/payout-provider"

export type ManualPayoutOptions = Record<string, never>

/**
 * Payouts made by hand (bank transfer by the operator): a transfer only records that the
 * payout is owed, `processing`, until an admin marks it paid or failed. No account is
 * needed at the provider; a seller may still keep one (status `active`) for its details.
 */
export class ManualPayoutProvider implements PayoutProvider {
  static identifier = "manual"
  readonly identifier = ManualPayoutProvider.identifier
  readonly requiresAccount = false

  constructor(
    _container: Record<string, unknown> = {},
    options: Record<string, unknown> = {}
  ) {
    const unknown = Object.keys(options ?? {})
    if (unknown.length) {
      throw new Error(
        `[payout-manual] takes no options (got ${unknown.join(", ")})`
      )
    }
  }

  async createAccount(
    _input: CreateProviderAccountInput
  ): Promise<ProviderAccount> {
    return { external_id: null, status: "active" }
  }

  async createOnboardingLink(): Promise<string | null> {
    return null
  }

  async transfer(_input: TransferInput): Promise<TransferResult> {
    return { status: "processing", reference: null }
  }

  /**
   * This provider moves no money itself: a payout is paid only when an admin marks it, on
   * the payout's own record. A payout the lookup is asked about was never marked, so the
   * provider holds no transfer for it.
   */
  async findTransfer(): Promise<TransferLookup> {
    return { status: "not_found" }
  }

  parseWebhook(): PayoutWebhookEvent {
    throw new PayoutProviderError(
      "The manual payout provider receives no webhooks",
      404
    )
  }
}
