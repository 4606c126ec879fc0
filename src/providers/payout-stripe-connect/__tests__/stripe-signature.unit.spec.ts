import { createHmac } from "node:crypto"
import { WebhookSignatureError } from "../../../modules/payout/payout-provider"
import {
  stripeSignatureHeader,
  verifyStripeSignature,
} from "../stripe-signature"

const secret = "whsec_test_secret"
const body = JSON.stringify({ id: "evt_1", type: "account.updated" })
const now = 1_800_000_000

function signed(timestamp: number, payload = body, key = secret) {
  return createHmac("sha256", key)
    .update(`${timestamp}.${payload}`)
    .digest("hex")
}

describe("verifyStripeSignature", () => {
  it("accepts Stripe's scheme: v1 = HMAC-SHA256(secret, t + '.' + raw body)", () => {
    expect(() =>
      verifyStripeSignature(`t=${now},v1=${signed(now)}`, body, secret, { now })
    ).not.toThrow()
    expect(() =>
      verifyStripeSignature(
        `t=${now},v1=${signed(now)}`,
        Buffer.from(body),
        secret,
        { now }
      )
    ).not.toThrow()
    // Several v1 (secret rotation) and a v0: one matching v1 is enough.
    const rotated = `t=${now},v1=${signed(now, body, "whsec_old")},v1=${signed(now)},v0=abc`
    expect(() =>
      verifyStripeSignature(rotated, body, secret, { now })
    ).not.toThrow()
    expect(() =>
      verifyStripeSignature(
        stripeSignatureHeader(secret, body, now),
        body,
        secret,
        { now }
      )
    ).not.toThrow()
  })

  it.each([
    ["missing header", undefined, "Missing Stripe-Signature header"],
    ["no timestamp", `v1=${signed(now)}`, "Malformed Stripe-Signature header"],
    [
      "no v1",
      `t=${now},v0=${signed(now)}`,
      "Malformed Stripe-Signature header",
    ],
    [
      "wrong secret",
      `t=${now},v1=${signed(now, body, "whsec_other")}`,
      "does not match",
    ],
    [
      "tampered body",
      `t=${now},v1=${signed(now, body + " ")}`,
      "does not match",
    ],
    [
      "signature for another timestamp",
      `t=${now},v1=${signed(now - 1)}`,
      "does not match",
    ],
    ["not hex", `t=${now},v1=zz${signed(now).slice(2)}`, "does not match"],
    ["truncated", `t=${now},v1=${signed(now).slice(0, 32)}`, "does not match"],
    [
      "too old",
      `t=${now - 301},v1=${signed(now - 301)}`,
      "outside the tolerance",
    ],
    [
      "too far ahead",
      `t=${now + 301},v1=${signed(now + 301)}`,
      "outside the tolerance",
    ],
  ])("refuses %s", (_case, header, message) => {
    let thrown: unknown
    try {
      verifyStripeSignature(header, body, secret, { now })
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(WebhookSignatureError)
    expect((thrown as Error).message).toContain(message)
  })

  it("accepts a timestamp exactly at the 300 s tolerance", () => {
    expect(() =>
      verifyStripeSignature(
        `t=${now - 300},v1=${signed(now - 300)}`,
        body,
        secret,
        { now }
      )
    ).not.toThrow()
  })
})
