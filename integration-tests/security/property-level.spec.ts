import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { creditLedger } from "../utils/payouts"
import { registerIdentity, type Headers } from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { RecordedCases } from "./support/recorded-cases"
import { BodySpec, VENDOR_BODIES } from "./support/route-bodies"
import { pathOf, vendorPathValues } from "./support/route-params"
import { ApiRoute, apiRoutes, routeName } from "./support/route-tree"
import { Answer, send } from "./support/send"
import { buildSellerPair, SellerPair } from "./support/seller-pair"
import { sellerState, stateChange } from "./support/seller-state"

jest.setTimeout(300 * 1000)

/**
 * Mass assignment: seller A sends each /vendor write route a body the route accepts, plus one
 * field a seller must never set (its seller, status, commission, ledger, payout fields, ids,
 * authorship). The answer is a 400 `{ type: "invalid_data", message }`, or the request went
 * through and nothing it must not touch took the value: A's status, money and team, B's data,
 * and whatever it created belongs to A.
 */
type Forbidden = {
  label: string
  key: string
  value: (pair: SellerPair) => unknown
}

const FORBIDDEN: Forbidden[] = [
  { label: "seller_id", key: "seller_id", value: (pair) => pair.b.sellerId },
  { label: "status=open", key: "status", value: () => "open" },
  { label: "status=suspended", key: "status", value: () => "suspended" },
  {
    label: "approved_at",
    key: "approved_at",
    value: () => "2020-01-01T00:00:00.000Z",
  },
  { label: "id", key: "id", value: (pair) => pair.b.productId },
  { label: "created_by", key: "created_by", value: () => "mem_forged" },
  { label: "submitted_by", key: "submitted_by", value: () => "mem_forged" },
  { label: "role=owner", key: "role", value: () => "owner" },
  { label: "commission_rate", key: "commission_rate", value: () => 0 },
  {
    label: "commission",
    key: "commission",
    value: () => ({ kind: "percentage", value: 0 }),
  },
  {
    label: "commission_rule_id",
    key: "commission_rule_id",
    value: () => "crule_default",
  },
  {
    label: "commission_lines",
    key: "commission_lines",
    value: () => [{ amount: 0, fee_type: "sales" }],
  },
  { label: "amount", key: "amount", value: () => 1_000_000 },
  { label: "balance", key: "balance", value: () => 1_000_000 },
  {
    label: "ledger_entries",
    key: "ledger_entries",
    value: () => [
      { amount: 1_000_000, type: "adjustment", currency_code: "eur" },
    ],
  },
  {
    label: "available_at",
    key: "available_at",
    value: () => "2000-01-01T00:00:00.000Z",
  },
  { label: "reference", key: "reference", value: () => "forged-reference" },
  { label: "payout_id", key: "payout_id", value: (pair) => pair.b.payoutId },
  {
    label: "payout_account_id",
    key: "payout_account_id",
    value: (pair) => pair.b.payoutAccountId,
  },
  { label: "provider", key: "provider", value: () => "stripe-connect" },
  { label: "external_id", key: "external_id", value: () => "acct_forged" },
  { label: "paid_at", key: "paid_at", value: () => "2000-01-01T00:00:00.000Z" },
  {
    label: "metadata with seller, status and money keys",
    key: "metadata",
    value: (pair) => ({
      seller_id: pair.b.sellerId,
      status: "open",
      commission_rate: 0,
      payout_account_id: pair.b.payoutAccountId,
    }),
  },
]

/** Forbidden values inside nested objects the routes take. */
const NESTED: {
  route: string
  label: string
  body: (pair: SellerPair, base: Record<string, unknown>) => unknown
}[] = [
  {
    route: "POST /vendor/requests",
    label: "payload carrying seller_id, status and reviewer",
    body: (pair) => ({
      type: "product_type",
      payload: {
        name: "Vinyl",
        seller_id: pair.b.sellerId,
        status: "accepted",
        reviewer_id: "user_forged",
      },
    }),
  },
  {
    route: "POST /vendor/products",
    label: "a variant carrying seller_id",
    body: (pair, base) => ({
      ...base,
      variants: (base.variants as object[]).map((variant) => ({
        ...variant,
        seller_id: pair.b.sellerId,
      })),
    }),
  },
  {
    route: "POST /vendor/products",
    label: "a variant linked to inventory items",
    body: (_pair, base) => ({
      ...base,
      variants: (base.variants as object[]).map((variant) => ({
        ...variant,
        inventory_items: [
          { inventory_item_id: "iitem_forged", required_quantity: 1 },
        ],
      })),
    }),
  },
  {
    route: "POST /vendor/products/:id",
    label: "another seller's variant id",
    body: (pair) => ({
      variants: [{ id: pair.b.variantId, title: "Moved here" }],
    }),
  },
]

/** Fields a route exists to set, which are therefore no forbidden extra there. */
const ROUTE_FIELDS: Record<string, string[]> = {
  "POST /vendor/members/:id": ["role"],
}

type PropertyCase = {
  name: string
  route: ApiRoute
  body: (pair: SellerPair) => unknown
  baseline?: true
}
type Outcome = Answer & { problems: string[] }

const WRITE_ROUTES = apiRoutes("/vendor").filter(
  (route) => route.method === "POST"
)
const CASES: PropertyCase[] = [
  ...WRITE_ROUTES.flatMap((route) =>
    FORBIDDEN.filter(
      (forbidden) => !ROUTE_FIELDS[routeName(route)]?.includes(forbidden.key)
    ).map((forbidden) => ({
      name: `${routeName(route)} + ${forbidden.label}`,
      route,
      body: (pair: SellerPair) =>
        withField(baseBody(route, pair), forbidden.key, forbidden.value(pair)),
    }))
  ),
  ...NESTED.map((nested) => {
    const route = WRITE_ROUTES.find(
      (candidate) => routeName(candidate) === nested.route
    )
    if (!route) {
      throw new Error(`no route ${nested.route} in the tree`)
    }
    return {
      name: `${nested.route} with ${nested.label}`,
      route,
      body: (pair: SellerPair) =>
        nested.body(pair, baseBody(route, pair) as Record<string, unknown>),
    }
  }),
  // Last: the bodies alone pass validation, so the 400s above come from the forbidden fields.
  ...WRITE_ROUTES.map((route) => ({
    name: `${routeName(route)} without forbidden fields`,
    route,
    body: (pair: SellerPair) => baseBody(route, pair),
    baseline: true as const,
  })),
]
const recorded = new RecordedCases<Outcome>()
/** What the guard reported for a ledger entry credited to A behind the routes' back. */
const control = { guardSawLedgerChange: [] as string[] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    beforeAll(async () => {
      const container = getContainer()
      const pair = await buildSellerPair(api, container, utils)
      // The onboarding routes are called as what they are for: a registration token (a new
      // one after each registration that went through: a body with only allowed fields, such
      // as metadata, does register), and the registration token of the email A invited.
      const invitee = await registerIdentity(api, pair.a.inviteEmail)
      let registrations = 0
      let newcomer = await registerIdentity(
        api,
        `newcomer-${registrations}@property.test`
      )
      const callerOf = (route: ApiRoute): Headers => {
        switch (routeName(route)) {
          case "POST /vendor/sellers":
            return newcomer
          case "POST /vendor/invites/accept":
            return invitee
          default:
            return pair.a.owner
        }
      }
      let before = await guardedState(container, pair)
      for (const propertyCase of CASES) {
        const url = pathOf(propertyCase.route, [vendorPathValues(pair.a)])
        const answer = await send(api, "POST", url, {
          body: propertyCase.body(pair),
          as: callerOf(propertyCase.route),
        })
        if (
          answer.status < 300 &&
          routeName(propertyCase.route) === "POST /vendor/sellers"
        ) {
          newcomer = await registerIdentity(
            api,
            `newcomer-${++registrations}@property.test`
          )
        }
        let problems: string[] = []
        if (answer.status < 300) {
          const books = VENDOR_BODIES[routeName(propertyCase.route)]?.books
          if (books) {
            // The refund's events recompute commission and notify in the background.
            await settleBackgroundWork(utils)
          }
          const after = await guardedState(container, pair)
          const booked = books
            ? bookedMoney(books, propertyCase.body(pair), before, after, pair)
            : { problems: [], after }
          problems = [
            ...booked.problems,
            ...guardProblems(before, booked.after),
            ...ownershipProblems(answer.body, after, pair),
          ]
          before = after
        }
        recorded.record(propertyCase.name, { ...answer, problems })
      }
      await utils.waitWorkflowExecutions()

      await creditLedger(container, pair.a.sellerId, [
        { amount: "1.00", type: "adjustment", reference: "property-control" },
      ])
      control.guardSawLedgerChange = guardProblems(
        before,
        await guardedState(container, pair)
      )
    })

    it("ran every generated case", () => {
      expect(WRITE_ROUTES.length).toBeGreaterThan(15)
      expect(recorded.size).toBe(CASES.length)
    })
  },
})

it("notices a ledger entry A did not have before (the guard works)", () => {
  expect(control.guardSawLedgerChange).toEqual([
    expect.stringMatching(/^A\.ledger_entries/),
  ])
})

describe("property-level authorization of /vendor bodies (recorded above, judged here)", () => {
  it.each(
    CASES.map((propertyCase) => [propertyCase.name, propertyCase] as const)
  )("%s", (name, propertyCase) => {
    const { status, body, problems } = recorded.outcome(name)
    const refused =
      status === 400 &&
      (body as { type?: string })?.type === "invalid_data" &&
      typeof (body as { message?: unknown }).message === "string"
    // A route that books money must really have booked it, so the allowance above was checked.
    const books = !!VENDOR_BODIES[routeName(propertyCase.route)]?.books
    const verdict = propertyCase.baseline
      ? // The body is valid: whatever the route answers, it is not a validation error.
        { ok: books ? status < 300 : !refused && status < 500, problems }
      : { ok: refused || (status >= 200 && status < 300), problems }
    expect({ ...verdict, status, body }).toEqual({
      ok: true,
      problems: [],
      status,
      body,
    })
  })
})

function baseBody(route: ApiRoute, pair: SellerPair): unknown {
  const spec = VENDOR_BODIES[routeName(route)]
  if (!spec) {
    throw new Error(
      `no body for ${routeName(route)} in support/route-bodies.ts`
    )
  }
  return spec.body({ path: pair.a, refs: pair.a })
}

/** The body with one more field (a form field for multipart bodies). */
function withField(body: unknown, key: string, value: unknown): unknown {
  if (body instanceof FormData) {
    body.append(key, typeof value === "string" ? value : JSON.stringify(value))
    return body
  }
  return { ...(body as Record<string, unknown>), [key]: value }
}

type GuardedState = { a: Record<string, unknown>; b: unknown }
type LedgerRow = {
  id: string
  type: string
  amount: unknown
  reference: string
}
type CommissionRow = { id: string; order_id: string; amount: unknown }

/**
 * What a route that `books` money may change of A's money, checked and then taken out of the
 * state the guard compares: one `refund` (negative; the body's amount for a goodwill refund)
 * and at most one `commission_reversal` (positive) on one reference of A's order; for a
 * return receipt also A's order's commission lines, recomputed to no more than before.
 */
function bookedMoney(
  books: NonNullable<BodySpec["books"]>,
  body: unknown,
  before: GuardedState,
  after: GuardedState,
  pair: SellerPair
): { problems: string[]; after: GuardedState } {
  const problems: string[] = []
  const known = new Set(
    (before.a.ledger_entries as LedgerRow[]).map((entry) => entry.id)
  )
  const added = (after.a.ledger_entries as LedgerRow[]).filter(
    (entry) => !known.has(entry.id)
  )
  const refunds = added.filter((entry) => entry.type === "refund")
  const reversals = added.filter(
    (entry) => entry.type === "commission_reversal"
  )
  const reference = refunds[0]?.reference
  if (
    refunds.length !== 1 ||
    reversals.length > 1 ||
    added.length !== refunds.length + reversals.length
  ) {
    problems.push(
      `A's ledger got ${JSON.stringify(added)}, not one refund and its commission reversal`
    )
  } else if (
    !reference.startsWith(`${pair.a.orderId}/`) ||
    added.some((entry) => entry.reference !== reference)
  ) {
    problems.push(
      `A's refund entries reference ${reference}, not A's order ${pair.a.orderId}`
    )
  } else if (
    Number(refunds[0].amount) >= 0 ||
    reversals.some((entry) => Number(entry.amount) <= 0)
  ) {
    problems.push(
      `A's refund entries have the wrong signs: ${JSON.stringify(added)}`
    )
  } else if (
    books === "refund" &&
    Number(refunds[0].amount) !== -Number((body as { amount: number }).amount)
  ) {
    problems.push(
      `A's refund is ${String(refunds[0].amount)}, not the ${(body as { amount: number }).amount} asked for`
    )
  }
  const ofOrder = (state: GuardedState) =>
    (state.a.commission_lines as CommissionRow[]).filter(
      (line) => line.order_id === pair.a.orderId
    )
  const sum = (lines: CommissionRow[]) =>
    lines.reduce((total, line) => total + Number(line.amount), 0)
  if (
    books === "return_receipt" &&
    sum(ofOrder(after)) > sum(ofOrder(before)) + 1e-9
  ) {
    problems.push(
      `A's commission on ${pair.a.orderId} grew from ${sum(ofOrder(before))} to ${sum(ofOrder(after))}`
    )
  }
  const commission_lines =
    books === "return_receipt"
      ? [
          ...(after.a.commission_lines as CommissionRow[]).filter(
            (line) => line.order_id !== pair.a.orderId
          ),
          ...ofOrder(before),
        ].sort((x, y) => x.id.localeCompare(y.id))
      : after.a.commission_lines
  const ledger_entries = (after.a.ledger_entries as LedgerRow[]).filter(
    (entry) => known.has(entry.id)
  )
  return {
    problems,
    after: { ...after, a: { ...after.a, ledger_entries, commission_lines } },
  }
}
type Keyed = { id: string; [field: string]: unknown }

/** All of B's state, and A's status, money and team (A's own edits to its catalog are legitimate). */
async function guardedState(
  container: MedusaContainer,
  pair: SellerPair
): Promise<GuardedState> {
  const a = (await sellerState(container, pair.a.sellerId)) as Record<
    string,
    unknown
  >
  return { a, b: await sellerState(container, pair.b.sellerId) }
}

function guardProblems(before: GuardedState, after: GuardedState): string[] {
  const money = (state: Record<string, unknown>) => {
    const seller = state.seller as Record<string, unknown>
    return {
      seller: {
        id: seller.id,
        status: seller.status,
        status_reason: seller.status_reason,
        approved_at: seller.approved_at,
      },
      payouts: state.payouts,
      payout_accounts: state.payout_accounts,
      ledger_entries: state.ledger_entries,
      commission_lines: state.commission_lines,
      commission_rules: state.commission_rules,
    }
  }
  const problems = [
    stateChange(money(before.a), money(after.a), "A"),
    stateChange(before.b, after.b, "B"),
  ]
  // Existing members and requests keep their role and status; new ones start powerless.
  const members = (state: Record<string, unknown>) =>
    (state.seller as { members: Keyed[] }).members ?? []
  const requests = (state: Record<string, unknown>) =>
    (state.requests as Keyed[]) ?? []
  for (const [list, field, fresh] of [
    [members, "role", (member: Keyed) => member.role === "member"],
    [requests, "status", (request: Keyed) => request.status === "pending"],
  ] as const) {
    const old = new Map(list(before.a).map((item) => [item.id, item[field]]))
    for (const item of list(after.a)) {
      if (old.has(item.id) ? old.get(item.id) !== item[field] : !fresh(item)) {
        problems.push(`A's ${item.id} has ${field} ${String(item[field])}`)
      }
    }
  }
  return problems.filter((problem): problem is string => !!problem)
}

/** Whatever the answer says was created or joined belongs to A (or, for a registration, is a new pending seller). */
function ownershipProblems(
  body: unknown,
  after: GuardedState,
  pair: SellerPair
): string[] {
  const answer = (body ?? {}) as Record<
    string,
    | { id?: string; status?: string; approved_at?: unknown; role?: string }
    | undefined
  > & {
    files?: { id: string }[]
  }
  const seller = after.a.seller as Record<string, Keyed[]>
  const owns = (list: Keyed[] | undefined, id?: string) =>
    !!id && (list ?? []).some((item) => item.id === id)
  const problems: string[] = []
  const expectOwned = (key: string, list: Keyed[] | undefined) => {
    if (answer[key]?.id && !owns(list, answer[key]?.id)) {
      problems.push(`${key} ${answer[key]?.id} is not A's`)
    }
  }
  expectOwned("product", seller.products)
  expectOwned("stock_location", seller.stock_locations)
  expectOwned("shipping_option", seller.shipping_options)
  expectOwned("invite", seller.invites)
  expectOwned("request", after.a.requests as Keyed[])
  expectOwned("payout_account", after.a.payout_accounts as Keyed[])
  if (
    answer.member &&
    !(owns(seller.members, answer.member.id) && answer.member.role === "member")
  ) {
    problems.push(
      `member ${JSON.stringify(answer.member)} did not join A as a plain member`
    )
  }
  if (
    answer.seller &&
    answer.seller.id !== pair.a.sellerId &&
    (answer.seller.status !== "pending_approval" || answer.seller.approved_at)
  ) {
    problems.push(
      `registered seller ${answer.seller.id} is ${answer.seller.status}`
    )
  }
  for (const file of answer.files ?? []) {
    if (!file.id.startsWith(`sellers/${pair.a.sellerId}/`)) {
      problems.push(`file ${file.id} is outside A's folder`)
    }
  }
  return problems
}
