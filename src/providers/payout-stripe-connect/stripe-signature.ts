import { createHmac, timingSafeEqual } from "node:crypto"
import { WebhookSignatureError } from "../../modules/payout/payout-provider"

/** Stripe's default: an event signed more than 5 minutes away from now is refused. */
export const STRIPE_SIGNATURE_TOLERANCE_SECONDS = 300

/** `v1` = HMAC-SHA256 of `"<t>.<raw body>"` with the endpoint secret, hex. */
export function stripeSignature(
  secret: string,
  timestamp: number,
  rawBody: Buffer | string
): string {
  return createHmac("sha256", secret)
    .update(`${timestamp}.`)
    .update(
      typeof rawBody === "string" ? Buffer.from(rawBody, "utf8") : rawBody
    )
    .digest("hex")
}

/** A `Stripe-Signature` header value for a body (tests and tools). */
export function stripeSignatureHeader(
  secret: string,
  rawBody: Buffer | string,
  timestamp = nowSeconds()
): string {
  return `t=${timestamp},v1=${stripeSignature(secret, timestamp, rawBody)}`
}

/**
 * Verifies a `Stripe-Signature` header (`t=<unix seconds>,v1=<hex>[,v1=...][,v0=...]`)
 * against the raw request body: one v1 must match (constant-time compare) and the
 * timestamp must be within the tolerance. Throws WebhookSignatureError otherwise.
 */
export function verifyStripeSignature(
  header: string | string[] | undefined,
  rawBody: Buffer | string,
  secret: string,
  {
    toleranceSeconds = STRIPE_SIGNATURE_TOLERANCE_SECONDS,
    now = nowSeconds(),
  } = {}
): void {
  const value = Array.isArray(header) ? header[0] : header
  if (!value) {
    throw new WebhookSignatureError("Missing Stripe-Signature header")
  }
  let timestamp: number | undefined
  const signatures: string[] = []
  for (const part of value.split(",")) {
    const [key, ...rest] = part.trim().split("=")
    const item = rest.join("=")
    if (key === "t" && /^\d+$/.test(item)) {
      timestamp = Number(item)
    } else if (key === "v1" && item) {
      signatures.push(item)
    }
  }
  if (timestamp === undefined || !signatures.length) {
    throw new WebhookSignatureError("Malformed Stripe-Signature header")
  }
  if (Math.abs(now - timestamp) > toleranceSeconds) {
    throw new WebhookSignatureError(
      "Stripe-Signature timestamp is outside the tolerance"
    )
  }
  const expected = Buffer.from(
    stripeSignature(secret, timestamp, rawBody),
    "hex"
  )
  const matches = signatures.some((signature) => {
    const given = /^[0-9a-f]+$/i.test(signature)
      ? Buffer.from(signature, "hex")
      : Buffer.alloc(0)
    return given.length === expected.length && timingSafeEqual(given, expected)
  })
  if (!matches) {
    throw new WebhookSignatureError("Stripe-Signature does not match the body")
  }
}

function nowSeconds() {
  return Math.floor(Date.now() / 1000)
}
