import { stripeSignatureHeader } from "../../src/providers/payout-stripe-connect"
import { RecordedRequest, RecordingServer, Reply } from "./recording-server"

/** Answers the endpoints a spec stubs itself (e.g. Connect accounts); undefined = not handled. */
export type ExtraEndpoints = (
  request: RecordedRequest
) => Reply | undefined | Promise<Reply | undefined>

/**
 * Test cards the loopback Stripe understands, named as Stripe's test payment methods:
 * a card that pays, one the bank declines, one that needs 3-D Secure first.
 */
export const TEST_CARDS = {
  visa: "pm_card_visa",
  declined: "pm_card_chargeDeclined",
  threeDSecure: "pm_card_threeDSecure2Required",
} as const

export type FakePaymentIntent = {
  id: string
  object: "payment_intent"
  amount: number
  amount_capturable: number
  amount_received: number
  currency: string
  capture_method: "automatic" | "manual"
  status:
    | "requires_payment_method"
    | "requires_confirmation"
    | "requires_action"
    | "requires_capture"
    | "succeeded"
    | "canceled"
  client_secret: string
  metadata: Record<string, string>
  payment_method: string | null
  latest_charge: string | null
  last_payment_error: { code: string; message: string } | null
  next_action: { type: string } | null
}

export type FakeRefund = {
  id: string
  object: "refund"
  amount: number
  payment_intent: string
  charge: string
  status: "succeeded"
}

/**
 * A loopback Stripe API with state: PaymentIntents (create, retrieve, update, confirm,
 * capture, cancel), refunds, transfers (Connect payouts), customers, and signed webhook
 * events. The real Stripe SDK (Medusa's provider) and the payout provider talk to it over
 * HTTP; `Idempotency-Key` replays the first answer as Stripe does.
 */
export class FakeStripe {
  readonly server = new RecordingServer()
  readonly intents = new Map<string, FakePaymentIntent>()
  readonly refunds: FakeRefund[] = []
  readonly transfers: Record<string, string>[] = []
  private readonly answered = new Map<string, Reply>()
  private sequence = 0

  constructor(
    readonly webhookSecret: string,
    private readonly extra: ExtraEndpoints = () => undefined
  ) {
    this.server.respond(
      async (request) => (await this.extra(request)) ?? this.answer(request)
    )
  }

  get url(): string {
    return this.server.url
  }

  async start(): Promise<this> {
    await this.server.start()
    return this
  }

  stop(): Promise<void> {
    return this.server.stop()
  }

  /** What Stripe.js does in the customer's browser: confirms the intent with a card. */
  async confirm(intentId: string, paymentMethod: string): Promise<Reply> {
    return this.answer(
      syntheticPost(`/v1/payment_intents/${intentId}/confirm`, {
        payment_method: paymentMethod,
      })
    )
  }

  /** The customer passes the 3-D Secure challenge of an intent that `requires_action`. */
  completeAction(intentId: string): FakePaymentIntent {
    const intent = this.intent(intentId)
    if (intent.status !== "requires_action") {
      throw new Error(`${intentId} does not require an action`)
    }
    intent.next_action = null
    this.authorize(intent)
    return intent
  }

  intent(id: string): FakePaymentIntent {
    const intent = this.intents.get(id)
    if (!intent) {
      throw new Error(`unknown payment intent ${id}`)
    }
    return intent
  }

  /** Requests made to a path of the API (e.g. `/v1/payment_intents`), by method. */
  calls(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.server.requests.filter(
      (request) =>
        request.method === method &&
        pathPattern.test(request.path.split("?")[0])
    )
  }

  /** A webhook event about an intent in its current state, with its `Stripe-Signature`. */
  event(
    type: string,
    intentId: string,
    secret = this.webhookSecret
  ): { body: string; headers: Record<string, string> } {
    this.sequence += 1
    const body = JSON.stringify({
      id: `evt_${this.sequence}`,
      object: "event",
      api_version: "2024-04-10",
      created: Math.floor(Date.now() / 1000),
      livemode: false,
      type,
      data: { object: { ...this.intent(intentId) } },
    })
    return {
      body,
      headers: {
        "content-type": "application/json",
        "stripe-signature": stripeSignatureHeader(secret, body),
      },
    }
  }

  private async answer(request: RecordedRequest): Promise<Reply> {
    const key = request.headers["idempotency-key"]
    const replayKey =
      typeof key === "string" ? `${request.method} ${key}` : undefined
    if (replayKey && this.answered.has(replayKey)) {
      return this.answered.get(replayKey)!
    }
    const reply = this.route(request)
    if (replayKey && reply.status < 500) {
      this.answered.set(replayKey, reply)
    }
    return reply
  }

  private route(request: RecordedRequest): Reply {
    const path = request.path.split("?")[0]
    const form = new URLSearchParams(request.rawBody)
    const intentAction = path.match(
      /^\/v1\/payment_intents\/([^/]+)(?:\/(confirm|capture|cancel))?$/
    )
    if (request.method === "POST" && path === "/v1/payment_intents") {
      return ok(this.createIntent(form))
    }
    if (intentAction) {
      const intent = this.intents.get(intentAction[1])
      if (!intent) {
        return stripeError(404, "invalid_request_error", "resource_missing")
      }
      if (request.method === "GET") {
        return ok(intent)
      }
      switch (intentAction[2]) {
        case undefined:
          if (form.has("amount")) {
            intent.amount = Number(form.get("amount"))
          }
          return ok(intent)
        case "confirm":
          return this.confirmIntent(intent, form.get("payment_method"))
        case "capture":
          return this.captureIntent(intent, form.get("amount_to_capture"))
        case "cancel":
          return this.cancelIntent(intent)
      }
    }
    if (request.method === "POST" && path === "/v1/refunds") {
      return this.refund(form)
    }
    if (request.method === "POST" && path === "/v1/transfers") {
      this.transfers.push(Object.fromEntries(form.entries()))
      return ok({ id: `tr_${this.transfers.length}`, object: "transfer" })
    }
    if (request.method === "POST" && path === "/v1/customers") {
      return ok({ id: `cus_${++this.sequence}`, object: "customer" })
    }
    return stripeError(404, "invalid_request_error", "unknown_endpoint")
  }

  private createIntent(form: URLSearchParams): FakePaymentIntent {
    const id = `pi_${++this.sequence}`
    const metadata: Record<string, string> = {}
    for (const [name, value] of form.entries()) {
      const field = name.match(/^metadata\[(.+)\]$/)
      if (field) {
        metadata[field[1]] = value
      }
    }
    const intent: FakePaymentIntent = {
      id,
      object: "payment_intent",
      amount: Number(form.get("amount")),
      amount_capturable: 0,
      amount_received: 0,
      currency: form.get("currency") ?? "eur",
      capture_method:
        form.get("capture_method") === "automatic" ? "automatic" : "manual",
      status: "requires_payment_method",
      client_secret: `${id}_secret_test`,
      metadata,
      payment_method: null,
      latest_charge: null,
      last_payment_error: null,
      next_action: null,
    }
    this.intents.set(id, intent)
    return intent
  }

  private confirmIntent(
    intent: FakePaymentIntent,
    paymentMethod: string | null
  ): Reply {
    if (
      intent.status !== "requires_payment_method" &&
      intent.status !== "requires_confirmation"
    ) {
      return unexpectedState(intent)
    }
    intent.payment_method = paymentMethod
    if (paymentMethod === TEST_CARDS.declined) {
      intent.status = "requires_payment_method"
      intent.last_payment_error = {
        code: "card_declined",
        message: "Your card was declined.",
      }
      return {
        status: 402,
        body: {
          error: {
            type: "card_error",
            code: "card_declined",
            message: "Your card was declined.",
            payment_intent: intent,
          },
        },
      }
    }
    intent.last_payment_error = null
    if (paymentMethod === TEST_CARDS.threeDSecure) {
      intent.status = "requires_action"
      intent.next_action = { type: "use_stripe_sdk" }
      return ok(intent)
    }
    this.authorize(intent)
    return ok(intent)
  }

  /** The card is good: held for a manual capture, or charged at once. */
  private authorize(intent: FakePaymentIntent): void {
    intent.latest_charge = `ch_${intent.id.slice(3)}`
    if (intent.capture_method === "manual") {
      intent.status = "requires_capture"
      intent.amount_capturable = intent.amount
    } else {
      intent.status = "succeeded"
      intent.amount_received = intent.amount
    }
  }

  /** A partial capture (`amount_to_capture`) takes that much; the rest is released. */
  private captureIntent(
    intent: FakePaymentIntent,
    amountToCapture: string | null
  ): Reply {
    if (intent.status !== "requires_capture") {
      return unexpectedState(intent)
    }
    const amount =
      amountToCapture === null
        ? intent.amount_capturable
        : Number(amountToCapture)
    if (!Number.isInteger(amount) || amount <= 0) {
      return stripeError(
        400,
        "invalid_request_error",
        "parameter_invalid_integer"
      )
    }
    if (amount > intent.amount_capturable) {
      return stripeError(400, "invalid_request_error", "amount_too_large")
    }
    intent.status = "succeeded"
    intent.amount_received = amount
    intent.amount_capturable = 0
    return ok(intent)
  }

  private cancelIntent(intent: FakePaymentIntent): Reply {
    if (intent.status === "succeeded" || intent.status === "canceled") {
      return unexpectedState(intent)
    }
    intent.status = "canceled"
    intent.amount_capturable = 0
    return ok(intent)
  }

  private refund(form: URLSearchParams): Reply {
    const intent = this.intents.get(form.get("payment_intent") ?? "")
    if (!intent || intent.status !== "succeeded" || !intent.latest_charge) {
      return stripeError(400, "invalid_request_error", "charge_not_captured")
    }
    const refunded = this.refunds
      .filter((refund) => refund.payment_intent === intent.id)
      .reduce((sum, refund) => sum + refund.amount, 0)
    const amount = Number(
      form.get("amount") ?? intent.amount_received - refunded
    )
    if (!Number.isInteger(amount) || amount <= 0) {
      return stripeError(
        400,
        "invalid_request_error",
        "parameter_invalid_integer"
      )
    }
    if (refunded + amount > intent.amount_received) {
      return stripeError(400, "invalid_request_error", "amount_too_large")
    }
    const refund: FakeRefund = {
      id: `re_${++this.sequence}`,
      object: "refund",
      amount,
      payment_intent: intent.id,
      charge: intent.latest_charge,
      status: "succeeded",
    }
    this.refunds.push(refund)
    return ok(refund)
  }
}

function ok(body: unknown): Reply {
  return { status: 200, body }
}

function stripeError(status: number, type: string, code: string): Reply {
  return { status, body: { error: { type, code, message: code } } }
}

function unexpectedState(intent: FakePaymentIntent): Reply {
  return {
    status: 400,
    body: {
      error: {
        type: "invalid_request_error",
        code: "payment_intent_unexpected_state",
        message: `This PaymentIntent's status is ${intent.status}.`,
        payment_intent: intent,
      },
    },
  }
}

function syntheticPost(
  path: string,
  fields: Record<string, string>
): RecordedRequest {
  return {
    method: "POST",
    path,
    headers: {},
    rawBody: new URLSearchParams(fields).toString(),
    body: undefined,
  }
}
