import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { inParallel } from "./support/in-parallel"
import { leakedMarkers, privateMarkers } from "./support/private-markers"
import { RecordedCases } from "./support/recorded-cases"
import { ADMIN_BODIES, VENDOR_BODIES } from "./support/route-bodies"
import {
  adminPathValues,
  missingSlots,
  pathOf,
  PathValues,
  vendorPathValues,
} from "./support/route-params"
import { ApiRoute, apiRoutes, routeName } from "./support/route-tree"
import { Answer, isErrorBody, send } from "./support/send"
import { buildSellerPair, SellerPair, SellerSide } from "./support/seller-pair"
import { sellerState, stateChange } from "./support/seller-state"

jest.setTimeout(300 * 1000)

/**
 * Broken object level authorization, generated from the route tree: every /vendor and
 * /admin route is called by each kind of caller with seller A's ids, and must answer as
 * below without A's data in the answer and without changing anything of A's.
 */
type Caller =
  | "anonymous"
  | "customer"
  | "admin"
  | "registration token"
  | "seller A"
  | "seller B"

type Expectation =
  /** 401 (a customer may get 403) with an error body. */
  | "unauthorized"
  /** 404 `{ type: "not_found", message }`: another seller's id is as good as a missing one. */
  | "not_found"
  /** 400 or 404 with an error body: the body points at another seller's resource. */
  | "refused"
  /** Any non-5xx answer; it can only be about the caller's own seller. */
  | "own_data"
  /** The onboarding routes refuse (400) a token that already belongs to a seller. */
  | "already_a_member"
  /** POST /vendor/sellers with a registration token registers a new, pending seller. */
  | "registers_new_seller"
  /** A's invite is bound to the invited email: anyone else's registration token gets 400. */
  | "wrong_invitee"

type BolaCase = {
  name: string
  route: ApiRoute
  caller: Caller
  /** Whose ids fill the path: A's; or the caller's own first id followed by A's; or all the caller's own. */
  path: "A" | "own then A" | "own"
  /** Whose resources the body refers to (a location, an uploaded file). */
  refs: "own" | "A"
  expect: Expectation
}

type Outcome = Answer & {
  url: string
  leaked: string[]
  changed: string | null
}

const ONBOARDING_ROUTES = new Set([
  "POST /vendor/sellers",
  "POST /vendor/invites/accept",
])

function bolaCase(
  route: ApiRoute,
  caller: Caller,
  expect: Expectation,
  path: BolaCase["path"] = "A",
  refs: BolaCase["refs"] = "own"
): BolaCase {
  const where = {
    A: "A's ids",
    "own then A": "its own id then A's",
    own: "its own ids",
  }[path]
  const body = refs === "A" ? ", A's resources in the body" : ""
  return {
    name: `${routeName(route)} · ${caller} with ${where}${body} → ${expect}`,
    route,
    caller,
    path,
    refs,
    expect,
  }
}

function vendorCases(route: ApiRoute): BolaCase[] {
  const name = routeName(route)
  // A registration token (an identity that is no seller's member yet) opens only the two
  // onboarding routes, which are meant for it; everywhere else it is a 401.
  const asRegistration: Expectation =
    name === "POST /vendor/sellers"
      ? "registers_new_seller"
      : name === "POST /vendor/invites/accept"
        ? "wrong_invitee"
        : "unauthorized"
  // Seller B: A's ids in the path are a 404. Role checks (invites, payout account, profile)
  // exist only on routes without path parameters, where B acts on its own seller, so no
  // route here answers 403 before 404 (the role matrix is in sellers-team-and-isolation).
  const asOtherSeller: Expectation = route.params.length
    ? "not_found"
    : ONBOARDING_ROUTES.has(name)
      ? "already_a_member"
      : "own_data"
  const cases = [
    bolaCase(route, "anonymous", "unauthorized"),
    bolaCase(route, "customer", "unauthorized"),
    bolaCase(route, "admin", "unauthorized"),
    bolaCase(route, "registration token", asRegistration),
    bolaCase(route, "seller B", asOtherSeller),
  ]
  if (route.params.length > 1) {
    // B's own order/product with A's fulfillment/variant under it.
    cases.push(bolaCase(route, "seller B", "not_found", "own then A"))
  }
  if (VENDOR_BODIES[name]?.refersToResources) {
    cases.push(bolaCase(route, "seller B", "refused", "own", "A"))
  }
  return cases
}

function adminCases(route: ApiRoute): BolaCase[] {
  // Seller A itself is the most interested caller: approving itself, marking its payout paid…
  const callers: Caller[] = [
    "anonymous",
    "customer",
    "registration token",
    "seller A",
  ]
  return callers.map((caller) => bolaCase(route, caller, "unauthorized"))
}

const VENDOR_ROUTES = apiRoutes("/vendor")
const ADMIN_ROUTES = apiRoutes("/admin")
const CASES = [
  ...VENDOR_ROUTES.flatMap(vendorCases),
  ...ADMIN_ROUTES.flatMap(adminCases),
]
const recorded = new RecordedCases<Outcome>()
/** Checks of the fixture and of the detectors, made in the runner, judged below. */
const fixtureChecks = {
  missingPathValues: [] as string[],
  /** A's order and one of its items, and which of A's markers A's own GET of that order showed. */
  ownIds: [] as string[],
  ownMarkersSeen: [] as string[],
  ownChange: null as string | null,
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    beforeAll(async () => {
      const container = getContainer()
      const pair = await buildSellerPair(api, container, utils)
      fixtureChecks.missingPathValues = [
        ...VENDOR_ROUTES.flatMap((route) =>
          [pair.a, pair.b].flatMap((side) =>
            missingSlots(route, vendorPathValues(side)).map(
              (slot) => `${routeName(route)} ${slot}`
            )
          )
        ),
        ...ADMIN_ROUTES.flatMap((route) =>
          missingSlots(route, adminPathValues(pair)).map(
            (slot) => `${routeName(route)} ${slot}`
          )
        ),
      ]
      const markers = {
        a: await privateMarkers(container, pair.a.sellerId),
        b: await privateMarkers(container, pair.b.sellerId),
      }

      const call = async (bolaCase: BolaCase) => {
        const { route, caller } = bolaCase
        const own = caller === "seller B" ? pair.b : pair.a
        const url = urlOf(bolaCase, pair, own)
        const bodies = route.path.startsWith("/admin")
          ? ADMIN_BODIES
          : VENDOR_BODIES
        const body = bodies[routeName(route)]?.body({
          path: bolaCase.path === "own" ? own : pair.a,
          refs: bolaCase.refs === "A" ? pair.a : own,
        })
        const answer = await send(api, route.method, url, {
          body,
          as: headersOf(caller, pair),
        })
        // An admin route must give seller A nothing of B's either; everyone else nothing of A's.
        const leaked = leakedMarkers(
          answer.body,
          caller === "seller A" ? markers.b : markers.a,
          [url, body]
        )
        return { ...answer, url, leaked }
      }

      // Reads change nothing: they overlap. Writes run one at a time, each followed by a
      // fresh read of A's state, so a change is pinned on the request that made it. A 401
      // is answered by authentication before any handler runs, so it needs no read.
      const reads = CASES.filter((bolaCase) => bolaCase.route.method === "GET")
      const answers = await inParallel(reads, 4, call)
      reads.forEach((bolaCase, index) =>
        recorded.record(bolaCase.name, { ...answers[index], changed: null })
      )
      let stateOfA = await sellerState(container, pair.a.sellerId)
      for (const bolaCase of CASES.filter(
        (candidate) => candidate.route.method !== "GET"
      )) {
        const answer = await call(bolaCase)
        let changed: string | null = null
        if (answer.status !== 401) {
          const after = await sellerState(container, pair.a.sellerId)
          changed = stateChange(stateOfA, after)
          stateOfA = after
        }
        recorded.record(bolaCase.name, { ...answer, changed })
      }

      // The detectors themselves: A's own order shows A's markers; A's own edit is a change.
      const own = await send(api, "GET", `/vendor/orders/${pair.a.orderId}`, {
        as: pair.a.owner,
      })
      fixtureChecks.ownMarkersSeen = leakedMarkers(own.body, markers.a)
      // A variant's title applies at once (a published product's title would wait for review).
      await send(
        api,
        "POST",
        `/vendor/products/${pair.a.productId}/variants/${pair.a.variantId}`,
        {
          body: { title: "Renamed by A" },
          as: pair.a.owner,
        }
      )
      fixtureChecks.ownChange = stateChange(
        stateOfA,
        await sellerState(container, pair.a.sellerId)
      )
      fixtureChecks.ownIds = [pair.a.orderId, pair.a.openItemId]
      await utils.waitWorkflowExecutions()
    })

    it("ran every generated case", () => {
      expect(recorded.size).toBe(CASES.length)
    })
  },
})

describe("the BOLA matrix covers every route", () => {
  it("has a path value in the fixture for every parameter of every /vendor and /admin route", () => {
    expect(VENDOR_ROUTES.length).toBeGreaterThan(30)
    expect(ADMIN_ROUTES.length).toBeGreaterThan(15)
    expect(fixtureChecks.missingPathValues).toEqual([])
  })

  it("has a body for every write route, and no body for a route that does not exist", () => {
    const writes = [...VENDOR_ROUTES, ...ADMIN_ROUTES]
      .filter((route) => route.method !== "GET")
      .map(routeName)
    const bodies = Object.keys({ ...VENDOR_BODIES, ...ADMIN_BODIES })
    expect(writes.filter((name) => !bodies.includes(name))).toEqual([])
    expect(bodies.filter((name) => !writes.includes(name))).toEqual([])
  })

  it("sees A's markers in A's own answers and a change A makes to its own data (the detectors work)", () => {
    expect(fixtureChecks.ownIds).toHaveLength(2)
    expect(fixtureChecks.ownMarkersSeen).toEqual(
      expect.arrayContaining(fixtureChecks.ownIds)
    )
    expect(fixtureChecks.ownChange).toMatch(/Renamed by A/)
  })
})

describe("BOLA matrix (recorded above, judged here)", () => {
  it.each(CASES.map((bolaCase) => [bolaCase.name, bolaCase] as const))(
    "%s",
    (_name, bolaCase) => {
      const outcome = recorded.outcome(bolaCase.name)
      expect({ leaked: outcome.leaked, changed: outcome.changed }).toEqual({
        leaked: [],
        changed: null,
      })
      expect(verdict(bolaCase, outcome)).toEqual({
        ok: true,
        status: outcome.status,
        body: outcome.body,
      })
    }
  )
})

function urlOf(bolaCase: BolaCase, pair: SellerPair, own: SellerSide): string {
  const { route, path } = bolaCase
  if (route.path.startsWith("/admin")) {
    return pathOf(route, [adminPathValues(pair)])
  }
  const sources: PathValues[] = {
    A: [vendorPathValues(pair.a)],
    "own then A": [vendorPathValues(own), vendorPathValues(pair.a)],
    own: [vendorPathValues(own)],
  }[path]
  return pathOf(route, sources)
}

function headersOf(caller: Caller, pair: SellerPair) {
  return {
    anonymous: null,
    customer: pair.customer,
    admin: pair.admin,
    "registration token": pair.identity,
    "seller A": pair.a.owner,
    "seller B": pair.b.owner,
  }[caller]
}

/** `ok` with the answer, so a failure prints what the route actually said. */
function verdict(bolaCase: BolaCase, { status, body }: Outcome) {
  // Medusa's own /admin authentication answers `{ message: "Unauthorized" }` before any app
  // middleware runs; /vendor answers through the error handler with a type as well.
  const typed = bolaCase.route.path.startsWith("/vendor")
  const error = isErrorBody(body, { typed })
  const { type, message } = (body ?? {}) as { type?: string; message?: string }
  const ok = {
    unauthorized:
      error &&
      (status === 401 || (bolaCase.caller === "customer" && status === 403)),
    not_found: error && status === 404 && type === "not_found",
    refused: error && (status === 400 || status === 404),
    own_data: status < 500,
    already_a_member:
      status === 400 &&
      type === "invalid_data" &&
      /already belongs to a seller/.test(message ?? ""),
    registers_new_seller: status === 201 && isNewPendingSeller(body),
    wrong_invitee:
      error && status === 400 && /different email/.test(message ?? ""),
  }[bolaCase.expect]
  return { ok, status, body }
}

function isNewPendingSeller(body: unknown): boolean {
  const seller = (body as { seller?: { id?: string; status?: string } })?.seller
  return !!seller?.id && seller.status === "pending_approval"
}
