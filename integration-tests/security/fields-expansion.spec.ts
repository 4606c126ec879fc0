import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { inParallel } from "./support/in-parallel"
import { leakedMarkers, privateMarkers } from "./support/private-markers"
import { RecordedCases } from "./support/recorded-cases"
import { pathOf, vendorPathValues } from "./support/route-params"
import { ApiRoute, apiRoutes, routeName } from "./support/route-tree"
import { Answer, isErrorBody, send } from "./support/send"
import { buildSellerPair, SellerSide } from "./support/seller-pair"

jest.setTimeout(300 * 1000)

/**
 * `fields=` expansions that try to leave the caller's own data through relations and links:
 * the seller and its team, the order group and cart shared with other sellers' orders, the
 * customer's other orders, sales channels, categories and collections shared with other
 * sellers' products, the fulfillment provider all locations share, payout accounts; in the
 * `*`, `+` and dotted forms clients use. A route without the relation must not fail on it.
 */
const EXPANSIONS = [
  "*seller",
  "seller.*",
  "+seller.members.*",
  "+seller.orders.order_group.orders.*",
  "*orders",
  "+orders.order_group.orders.*",
  "*order_group.orders",
  "+order_group.orders.items.*",
  "product.seller.members.email",
  "+items.variant.product.seller.members.email",
  "*customer",
  "+customer.orders.*",
  "+cart.items.*",
  "*sales_channels",
  "+sales_channels.stock_locations.*",
  "+categories.products.*",
  "+collection.products.*",
  "+fulfillment_providers.locations.*",
  "+service_zone.fulfillment_set.location.sales_channels.stock_locations.*",
  "+payout_accounts.*",
]

type FieldsCase = { name: string; route: ApiRoute; fields: string }
/** B reads its own data and must get nothing of A's; A reads its own and must get nothing of B's. */
type Outcome = {
  asB: Answer & { leaked: string[] }
  asA: Answer & { leaked: string[] }
}

const GET_ROUTES = apiRoutes("/vendor").filter(
  (route) => route.method === "GET"
)
const CASES: FieldsCase[] = GET_ROUTES.flatMap((route) =>
  EXPANSIONS.map((fields) => ({
    name: `${routeName(route)}?fields=${fields}`,
    route,
    fields,
  }))
)
const recorded = new RecordedCases<Outcome>()
/** A's order and its fulfillment, and which of A's markers A's own GET of that order showed. */
const control = { ownIds: [] as string[], ownMarkersSeen: [] as string[] }

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    beforeAll(async () => {
      const container = getContainer()
      const pair = await buildSellerPair(api, container, utils)
      const markers = {
        a: await privateMarkers(container, pair.a.sellerId),
        b: await privateMarkers(container, pair.b.sellerId),
      }
      const read = async (
        fieldsCase: FieldsCase,
        caller: SellerSide,
        othersMarkers: string[]
      ) => {
        const url = pathOf(fieldsCase.route, [vendorPathValues(caller)])
        const answer = await send(api, "GET", url, {
          as: caller.owner,
          params: { fields: fieldsCase.fields },
        })
        return {
          ...answer,
          leaked: leakedMarkers(answer.body, othersMarkers, [url]),
        }
      }
      // Reads only, so they overlap.
      const outcomes = await inParallel(CASES, 4, async (fieldsCase) => ({
        asB: await read(fieldsCase, pair.b, markers.a),
        asA: await read(fieldsCase, pair.a, markers.b),
      }))
      CASES.forEach((fieldsCase, index) =>
        recorded.record(fieldsCase.name, outcomes[index])
      )

      const own = await send(api, "GET", `/vendor/orders/${pair.a.orderId}`, {
        as: pair.a.owner,
      })
      control.ownIds = [pair.a.orderId, pair.a.fulfillmentId]
      control.ownMarkersSeen = leakedMarkers(own.body, markers.a)
    })

    it("ran every generated case", () => {
      expect(GET_ROUTES.length).toBeGreaterThan(15)
      expect(recorded.size).toBe(CASES.length)
    })
  },
})

it("still shows a seller its own data with the default fields (the leak detector sees it)", () => {
  expect(control.ownIds).toHaveLength(2)
  expect(control.ownMarkersSeen).toEqual(expect.arrayContaining(control.ownIds))
})

describe("fields= expansions on /vendor GET routes (recorded above, judged here)", () => {
  it.each(CASES.map((fieldsCase) => [fieldsCase.name, fieldsCase] as const))(
    "%s",
    (name) => {
      const { asB, asA } = recorded.outcome(name)
      expect({ asB: judged(asB), asA: judged(asA) }).toEqual({
        asB: { acceptable: true, leaked: [] },
        asA: { acceptable: true, leaked: [] },
      })
    }
  )
})

/** A 400 error or a successful answer; the status and body are shown when not. */
function judged({ status, body, leaked }: Answer & { leaked: string[] }) {
  const acceptable =
    (status === 400 && isErrorBody(body)) || (status >= 200 && status < 300)
  return acceptable
    ? { acceptable, leaked }
    : { acceptable, leaked, status, body }
}
