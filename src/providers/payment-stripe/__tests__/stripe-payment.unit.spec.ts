import { RecordingServer } from "../../../../integration-tests/utils/recording-server"
import { StripePaymentProvider } from "../services/stripe-payment"

describe("StripePaymentProvider", () => {
  const stripe = new RecordingServer((request) => ({
    status: 200,
    body: {
      id: "pi_1",
      object: "payment_intent",
      status: "requires_payment_method",
      amount: 1234,
      currency: "eur",
      metadata: {},
    },
  }))
  beforeAll(() => stripe.start())
  afterAll(() => stripe.stop())

  it("sends Medusa's Stripe calls to apiBase", async () => {
    const provider = new StripePaymentProvider(
      {},
      { apiKey: "sk_test_x", webhookSecret: "whsec_x", apiBase: stripe.url }
    )
    const session = await provider.initiatePayment({
      amount: 12.34,
      currency_code: "eur",
      data: { session_id: "payses_1" },
    })
    expect(session).toMatchObject({ id: "pi_1", status: "pending" })
    const [request] = stripe.to("/v1/payment_intents")
    expect(request.headers.authorization).toBe("Bearer sk_test_x")
    const form = new URLSearchParams(request.rawBody)
    expect(form.get("amount")).toBe("1234")
    expect(form.get("capture_method")).toBe("manual")
    expect(form.get("metadata[session_id]")).toBe("payses_1")
  })

  it("refuses an apiBase that is not an http(s) URL", () => {
    expect(() =>
      StripePaymentProvider.validateOptions({
        apiKey: "sk_test_x",
        webhookSecret: "whsec_x",
        apiBase: "ftp://stripe",
      })
    ).toThrow("option `apiBase` must be an http(s) URL")
  })
})
