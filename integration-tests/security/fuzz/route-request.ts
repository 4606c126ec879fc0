import fs from "node:fs"
import path from "node:path"
import fc from "fast-check"
import { stripeSignatureHeader } from "../../../src/providers/payout-stripe-connect"
import type { ApiRoute } from "../support/route-tree"
import { bodyArbitrary } from "./bodies"
import { describeRequest } from "./describe-request"
import type { FuzzWorld } from "./fuzz-world"
import { hostileString } from "./hostile-values"
import { pathArbitrary } from "./paths"
import { queryArbitrary } from "./queries"
import { jsonPayload, Payload } from "./raw-bodies"
import { routeSchemas } from "./route-schemas"
import type { RawRequest } from "./send"
import { STRIPE_WEBHOOK_SECRET } from "./stripe-stand-in"

const ROOT = path.resolve(__dirname, "../../..")

/** Whether the route handler reads multipart files (so the fuzzer sends mostly multipart). */
export function takesFiles(route: ApiRoute): boolean {
  return fs
    .readFileSync(path.join(ROOT, route.file), "utf8")
    .includes("req.files")
}

/**
 * Requests for one route: its URL with real or hostile ids, a fuzzed query string, a
 * fuzzed body for POST, authenticated as the route's audience.
 */
export function requestArbitrary(
  route: ApiRoute,
  world: FuzzWorld
): fc.Arbitrary<RawRequest> {
  const schemas = routeSchemas(route)
  const query = queryArbitrary(schemas.query, world.ids)
  // A garbage query is refused before the body is read: POST bodies mostly go without one.
  const withQuery = fc.oneof(
    { weight: route.method === "POST" ? 4 : 1, arbitrary: fc.constant("") },
    { weight: route.method === "POST" ? 1 : 4, arbitrary: query }
  )
  const audience = route.path.split("/")[1]
  const body: fc.Arbitrary<Payload | undefined> =
    route.method !== "POST"
      ? fc.constant(undefined)
      : audience === "hooks"
        ? fc.oneof(
            bodyArbitrary(schemas.body, world.ids, false),
            providerEvent(world.ids).map(jsonPayload)
          )
        : bodyArbitrary(schemas.body, world.ids, takesFiles(route))
  return fc
    .tuple(
      pathArbitrary(route, world.pathIds),
      withQuery,
      body,
      audienceHeaders(route, world)
    )
    .map(([url, queryString, payload, headers]) => ({
      method: route.method,
      path: queryString ? `${url}?${queryString}` : url,
      headers: { ...headers, ...payload?.headers },
      body: payload?.body,
    }))
    .chain((request) =>
      audience === "hooks" ? signed(request) : fc.constant(request)
    )
    .map(printable)
}

/** fast-check prints a counterexample with this instead of dumping the body's bytes. */
function printable(request: RawRequest): RawRequest {
  return Object.defineProperty(request, fc.toStringMethod, {
    value: () => describeRequest(request),
    enumerable: false,
  })
}

function audienceHeaders(
  route: ApiRoute,
  world: FuzzWorld
): fc.Arbitrary<Record<string, string>> {
  const { auth } = world
  const audience = route.path.split("/")[1]
  switch (audience) {
    case "vendor":
      // A registration token passes `authenticate` (allowUnregistered) and must still be refused.
      return fc.oneof(
        { weight: 9, arbitrary: fc.constant(auth.vendorOwner.headers) },
        { weight: 1, arbitrary: fc.constant(auth.vendorRegistration.headers) }
      )
    case "admin":
      return fc.constant(auth.admin.headers)
    case "store":
      // Medusa authenticates the customer on /store/customers/me (401 without), the
      // marketplace on POST /store/reviews; an order
      // group is read by its customer or by the guest who completed the cart.
      if (
        route.path.startsWith("/store/customers/me") ||
        route.path === "/store/reviews"
      ) {
        return fc.constant(auth.customer.headers)
      }
      return route.path.startsWith("/store/order-groups")
        ? fc.constantFrom(auth.store.headers, auth.customer.headers)
        : fc.constant(auth.store.headers)
    case "hooks":
      return fc.constant({})
    default:
      throw new Error(`No audience for /${audience}`)
  }
}

/** Webhooks authenticate by signature: valid over the exact bytes, wrong, stale, or absent. */
function signed(request: RawRequest): fc.Arbitrary<RawRequest> {
  const body = request.body ?? Buffer.alloc(0)
  const now = Math.floor(Date.now() / 1000)
  return fc
    .oneof(
      {
        weight: 6,
        arbitrary: fc.constant(
          stripeSignatureHeader(STRIPE_WEBHOOK_SECRET, body)
        ),
      },
      {
        weight: 1,
        arbitrary: fc.constant(stripeSignatureHeader("whsec_wrong", body)),
      },
      {
        weight: 1,
        arbitrary: fc.constant(
          stripeSignatureHeader(STRIPE_WEBHOOK_SECRET, body, now - 3600)
        ),
      },
      {
        weight: 1,
        arbitrary: hostileString.map(
          (text) =>
            `t=${now},v1=${Buffer.from(text).toString("hex").slice(0, 200)}`
        ),
      },
      { weight: 1, arbitrary: fc.constant(undefined) }
    )
    .map((signature) => ({
      ...request,
      headers: signature
        ? { ...request.headers, "stripe-signature": signature }
        : request.headers,
    }))
}

/** Provider events shaped like the real ones, with real and hostile ids and fields. */
function providerEvent(ids: string[]): fc.Arbitrary<string> {
  const id = fc.oneof(
    fc.constantFrom(...ids, "acct_fuzz_1", "tr_fuzz_1"),
    hostileString
  )
  const anything = fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 }))
  return fc
    .record(
      {
        id: fc.oneof(fc.string({ maxLength: 20 }), anything),
        type: fc.oneof(
          fc.constantFrom(
            "account.updated",
            "transfer.reversed",
            "payout.failed",
            "charge.succeeded",
            "payment_intent.amount_capturable_updated",
            "payment_intent.succeeded",
            "payment_intent.payment_failed",
            "payment_intent.processing"
          ),
          anything
        ),
        data: fc.oneof(
          fc.record(
            {
              object: fc.oneof(
                fc.record(
                  {
                    id,
                    reversed: fc.oneof(fc.boolean(), anything),
                    payouts_enabled: fc.oneof(fc.boolean(), anything),
                    details_submitted: fc.oneof(fc.boolean(), anything),
                    requirements: fc.oneof(
                      fc.record({ disabled_reason: anything }),
                      anything
                    ),
                    failure_message: anything,
                    metadata: fc.oneof(
                      fc.record({ payout_id: id }),
                      fc.record({ session_id: id }),
                      anything
                    ),
                    amount: fc.oneof(fc.nat(), anything),
                    amount_capturable: fc.oneof(fc.nat(), anything),
                    currency: fc.oneof(fc.constant("eur"), anything),
                    payment_method: anything,
                  },
                  { requiredKeys: [] }
                ),
                anything
              ),
            },
            { requiredKeys: [] }
          ),
          anything
        ),
      },
      { requiredKeys: [] }
    )
    .map((event) => JSON.stringify(event))
}
