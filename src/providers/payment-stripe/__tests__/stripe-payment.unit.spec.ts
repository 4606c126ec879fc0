import { RecordingServer } from "../../../../integration-tests/utils/recording-server"
import {
  CAPTURE_AMOUNT_KEY,
  StripePaymentProvider,
} from "../services/stripe-payment"

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

  it("captures only the amount the payment's data carries, with the capture's idempotency key", async () => {
    const provider = new StripePaymentProvider(
      {},
      { apiKey: "sk_test_x", webhookSecret: "whsec_x", apiBase: stripe.url }
    )
    await provider.capturePayment({
      data: { id: "pi_7", currency: "eur", [CAPTURE_AMOUNT_KEY]: "70.01" },
      context: { idempotency_key: "capt_1" },
    })
    await provider.capturePayment({
      data: { id: "pi_8", currency: "eur" },
      context: { idempotency_key: "capt_2" },
    })
    const [partial] = stripe.to("/v1/payment_intents/pi_7/capture")
    expect(new URLSearchParams(partial.rawBody).get("amount_to_capture")).toBe(
      "7001"
    )
    expect(partial.headers["idempotency-key"]).toBe("capt_1")
    const [whole] = stripe.to("/v1/payment_intents/pi_8/capture")
    expect(new URLSearchParams(whole.rawBody).has("amount_to_capture")).toBe(
      false
    )
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
