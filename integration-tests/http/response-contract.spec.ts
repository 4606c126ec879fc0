import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { SHIPPING_ADDRESS } from "../utils/marketplace-builder"
import path from "node:path"
import { loadResponseSchemas } from "../../scripts/openapi/build-openapi-document"
import {
  readRouteOperations,
  type RouteOperation,
} from "../../scripts/openapi/route-operations"
import {
  adminPathValues,
  pathOf,
  vendorPathValues,
} from "../security/support/route-params"
import type { ApiRoute } from "../security/support/route-tree"
import {
  buildSellerPair,
  type SellerPair,
} from "../security/support/seller-pair"

jest.setTimeout(300 * 1000)

const ROOT = path.resolve(__dirname, "../..")
const SCHEMAS = loadResponseSchemas(path.join(ROOT, "src", "types", "http"))

/** Every read route of the marketplace, as the OpenAPI document describes it. */
const READS = readRouteOperations(path.join(ROOT, "src", "api"), ROOT).filter(
  (operation) =>
    operation.method === "GET" && operation.path !== "/openapi.json"
)

/**
 * The declared response types are what the routes answer: each GET route, called as the
 * seller, the admin or the storefront on a marketplace with one of everything, answers a
 * body its zod schema (the one docs/openapi.json is generated from) accepts.
 */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer, utils }) => {
    let pair: SellerPair
    let sellerHandle: string
    let cartId: string

    beforeAll(async () => {
      pair = await buildSellerPair(api, getContainer(), utils)
      const { data } = await api.get("/store/sellers", pair.marketplace.store)
      sellerHandle = data.sellers[0].handle
      // An open cart with an item of seller A and an address, for the cart-scoped reads.
      const { data: created } = await api.post(
        "/store/carts",
        {
          region_id: pair.marketplace.regionId,
          shipping_address: SHIPPING_ADDRESS,
        },
        pair.marketplace.store
      )
      cartId = created.cart.id
      await api.post(
        `/store/carts/${cartId}/line-items`,
        { variant_id: pair.a.variantId, quantity: 1 },
        pair.marketplace.store
      )
    })

    it("covers the read routes of every area", () => {
      const areas = new Set(
        READS.map((operation) => operation.path.split("/")[1])
      )
      expect([...areas].sort()).toEqual(["admin", "store", "vendor"])
      expect(READS.length).toBeGreaterThan(25)
    })

    it.each(
      READS.map(
        (operation) =>
          [`${operation.method} ${operation.path}`, operation] as const
      )
    )("%s answers its declared response schema", async (_name, operation) => {
      const { url, headers } = requestOf(operation, pair, sellerHandle, cartId)
      const response = await api.get(url, headers)
      expect(response.status).toBe(200)
      const schema = SCHEMAS.get(operation.responseType ?? "")
      expect(schema).toBeDefined()
      const result = schema!.safeParse(response.data)
      expect(result.success ? [] : result.error.issues).toEqual([])
    })
  },
})

function requestOf(
  operation: RouteOperation,
  pair: SellerPair,
  sellerHandle: string,
  cartId: string
) {
  const route = { ...operation, method: "GET" } as ApiRoute
  const area = operation.path.split("/")[1]
  if (area === "vendor") {
    return {
      url: pathOf(route, [vendorPathValues(pair.a)]),
      headers: pair.a.owner,
    }
  }
  if (area === "admin") {
    return { url: pathOf(route, [adminPathValues(pair)]), headers: pair.admin }
  }
  // The customer who placed the pair's order group (its session carries the publishable key).
  const storeValues = {
    "sellers/:handle": sellerHandle,
    "order-groups/:id": pair.orderGroupId,
    "products/:id": pair.a.productId,
  }
  // Reads of one cart name it in the query.
  const query =
    operation.path === "/store/shipping-options" ? `?cart_id=${cartId}` : ""
  return {
    url: pathOf(route, [storeValues]) + query,
    headers: pair.customer,
  }
}
