import { MedusaError } from "@medusajs/framework/utils"
import {
  payoutProviderRegistrationKey,
  PayoutProviderRegistrationKeys,
} from "../loaders/providers"
import {
  CreateProviderAccountInput,
  OnboardingLinkInput,
  PayoutProvider,
  PayoutProviderError,
  PayoutWebhookEvent,
  ProviderAccount,
  TransferInput,
  TransferLookup,
  TransferLookupInput,
  TransferResult,
  WebhookInput,
  WebhookSignatureError,
} from "../payout-provider"

type InjectedDependencies = Record<string, unknown> & {
  [PayoutProviderRegistrationKeys.IDS]?: string[]
  [PayoutProviderRegistrationKeys.DEFAULT_ID]?: string | null
}

/**
 * The registry of the providers the module loaded (loaders/providers.ts): every call names
 * the provider by its configured id, as Medusa's payment module does with its providers.
 */
export class PayoutProviderService {
  protected readonly container_: InjectedDependencies

  constructor(container: InjectedDependencies) {
    this.container_ = container
  }

  /** Ids of the loaded providers, in configuration order. */
  listProviderIds(): string[] {
    return this.optional(PayoutProviderRegistrationKeys.IDS) ?? []
  }

  /** The provider new payouts and accounts go through. */
  getDefaultProviderId(): string {
    const id = this.optional<string | null>(
      PayoutProviderRegistrationKeys.DEFAULT_ID
    )
    if (!id) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "No default payout provider is configured: give the payout module one provider, or mark one `is_default`"
      )
    }
    return id
  }

  retrieveProvider(id: string): PayoutProvider {
    if (!this.listProviderIds().includes(id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Payout provider "${id}" is not configured`
      )
    }
    return this.container_[payoutProviderRegistrationKey(id)] as PayoutProvider
  }

  requiresAccount(id: string): boolean {
    return this.retrieveProvider(id).requiresAccount
  }

  async createAccount(
    id: string,
    input: CreateProviderAccountInput
  ): Promise<ProviderAccount> {
    return await this.retrieveProvider(id).createAccount(input)
  }

  async createOnboardingLink(
    id: string,
    input: OnboardingLinkInput
  ): Promise<string | null> {
    return await this.retrieveProvider(id).createOnboardingLink(input)
  }

  async transfer(id: string, input: TransferInput): Promise<TransferResult> {
    return await this.retrieveProvider(id).transfer(input)
  }

  async findTransfer(
    id: string,
    input: TransferLookupInput
  ): Promise<TransferLookup> {
    return await this.retrieveProvider(id).findTransfer(input)
  }

  /**
   * Verifies and parses a webhook with the provider's own handler. A signature that does
   * not verify or a body that is not an event is INVALID_DATA (400); a provider that takes
   * no webhooks, or is not configured for them, is NOT_FOUND (404).
   */
  parseWebhook(id: string, input: WebhookInput): PayoutWebhookEvent {
    const provider = this.retrieveProvider(id)
    try {
      return provider.parseWebhook(input)
    } catch (error) {
      if (
        error instanceof WebhookSignatureError ||
        error instanceof SyntaxError
      ) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Invalid webhook: ${error.message}`
        )
      }
      if (error instanceof PayoutProviderError && error.status === 404) {
        throw new MedusaError(MedusaError.Types.NOT_FOUND, error.message)
      }
      throw error
    }
  }

  private optional<T>(key: string): T | undefined {
    try {
      return this.container_[key] as T | undefined
    } catch {
      // A module loaded without its providers loader (module tests) has no registry.
      return undefined
    }
  }
}

export default PayoutProviderService
