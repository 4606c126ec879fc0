import { createMedusaContainer, MedusaError } from "@medusajs/framework/utils"
import manualProvider, {
  ManualPayoutProvider,
} from "../../../providers/payout-manual"
import stripeProvider, {
  StripeConnectPayoutProvider,
  stripeSignatureHeader,
} from "../../../providers/payout-stripe-connect"
import payoutProvidersLoader from "../loaders/providers"
import { PayoutProviderService } from "../services/payout-provider"
import type { PayoutProviderEntry } from "../types"

const STRIPE = {
  apiKey: "sk_test_registry",
  apiBase: "http://127.0.0.1:9",
  webhookSecret: "whsec_registry",
}

async function registry(providers: PayoutProviderEntry[]) {
  const container = createMedusaContainer()
  await payoutProvidersLoader({ container, options: { providers } })
  return new PayoutProviderService(container.cradle)
}

async function failure(action: () => unknown): Promise<Error> {
  try {
    await action()
  } catch (error) {
    return error as Error
  }
  throw new Error("expected a failure")
}

describe("payout provider registry", () => {
  it("loads module providers by id and knows the default one", async () => {
    const service = await registry([
      { resolve: manualProvider, id: "manual" },
      {
        resolve: stripeProvider,
        id: "stripe-connect",
        is_default: true,
        options: STRIPE,
      },
    ])
    expect(service.listProviderIds()).toEqual(["manual", "stripe-connect"])
    expect(service.getDefaultProviderId()).toBe("stripe-connect")
    expect(service.retrieveProvider("manual")).toBeInstanceOf(
      ManualPayoutProvider
    )
    expect(service.retrieveProvider("stripe-connect")).toBeInstanceOf(
      StripeConnectPayoutProvider
    )
    expect(service.requiresAccount("manual")).toBe(false)
    expect(service.requiresAccount("stripe-connect")).toBe(true)
  })

  it("makes a single provider the default", async () => {
    expect(
      (
        await registry([{ resolve: manualProvider, id: "manual" }])
      ).getDefaultProviderId()
    ).toBe("manual")
  })

  it("refuses an unknown provider id with a not-found error naming it", async () => {
    const service = await registry([{ resolve: manualProvider, id: "manual" }])
    const error = await failure(() => service.retrieveProvider("paypal"))
    expect(MedusaError.isMedusaError(error)).toBe(true)
    expect(error).toMatchObject({
      type: MedusaError.Types.NOT_FOUND,
      message: 'Payout provider "paypal" is not configured',
    })
    await expect(service.transfer("paypal", {} as never)).rejects.toThrow(
      'Payout provider "paypal" is not configured'
    )
  })

  it("says so when no provider is configured", async () => {
    const service = await registry([])
    expect(service.listProviderIds()).toEqual([])
    expect(() => service.getDefaultProviderId()).toThrow(
      "No default payout provider is configured"
    )
    expect(() => service.retrieveProvider("manual")).toThrow(
      'Payout provider "manual" is not configured'
    )
    // A module loaded without the providers loader has no registry at all.
    const bare = new PayoutProviderService(createMedusaContainer().cradle)
    expect(bare.listProviderIds()).toEqual([])
  })

  it("refuses duplicate ids, two defaults and invalid provider options at load", async () => {
    await expect(
      registry([
        { resolve: manualProvider, id: "manual" },
        { resolve: manualProvider, id: "manual" },
      ])
    ).rejects.toThrow(
      'Payout provider id "manual" is configured more than once'
    )
    await expect(
      registry([
        { resolve: manualProvider, id: "a", is_default: true },
        { resolve: manualProvider, id: "b", is_default: true },
      ])
    ).rejects.toThrow("Only one payout provider can be the default")
    await expect(
      registry([{ resolve: stripeProvider, id: "stripe-connect", options: {} }])
    ).rejects.toThrow("option `apiKey` is required")
  })

  it("reads webhooks with the provider's handler: bad signatures are 400, no webhooks 404", async () => {
    const service = await registry([
      { resolve: manualProvider, id: "manual" },
      { resolve: stripeProvider, id: "stripe-connect", options: STRIPE },
    ])
    const body = JSON.stringify({
      id: "evt_1",
      type: "charge.succeeded",
      data: { object: {} },
    })
    expect(
      service.parseWebhook("stripe-connect", {
        rawBody: body,
        headers: {
          "stripe-signature": stripeSignatureHeader(STRIPE.webhookSecret, body),
        },
      })
    ).toEqual({
      type: "ignored",
      id: "evt_1",
      provider_type: "charge.succeeded",
    })

    const forged = await failure(() =>
      service.parseWebhook("stripe-connect", {
        rawBody: body,
        headers: {
          "stripe-signature": stripeSignatureHeader("whsec_wrong", body),
        },
      })
    )
    expect(forged).toMatchObject({ type: MedusaError.Types.INVALID_DATA })
    expect(forged.message).toMatch(/^Invalid webhook: /)

    const manual = await failure(() =>
      service.parseWebhook("manual", { rawBody: body, headers: {} })
    )
    expect(manual).toMatchObject({ type: MedusaError.Types.NOT_FOUND })
  })
})
