import type {
  AuthenticatedMedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import {
  ContainerRegistrationKeys,
  MedusaError,
} from "@medusajs/framework/utils"
import { ensureLinkedToSeller } from "../ensure-linked-to-seller"
import { ensureOwnedBySeller } from "../ensure-owned-by-seller"
import { filterBySellerColumn } from "../filter-by-seller-column"
import { filterBySellerLink } from "../filter-by-seller-link"

// defineLink needs a running module loader; these stand for the link definitions' entry points.
jest.mock("../../../../links/seller-product", () => ({
  __esModule: true,
  default: { entryPoint: "seller_product" },
}))
jest.mock("../../../../links/seller-order", () => ({
  __esModule: true,
  default: { entryPoint: "seller_order" },
}))
jest.mock("../../../../links/seller-stock-location", () => ({
  __esModule: true,
  default: { entryPoint: "seller_stock_location" },
}))
jest.mock("../../../../links/seller-shipping-option", () => ({
  __esModule: true,
  default: { entryPoint: "seller_shipping_option" },
}))

type Row = Record<string, unknown>

/** Query over a few in-memory tables, filtering by equality or by a list of values. */
function fakeQuery(tables: Record<string, Row[]>) {
  const calls: { entity: string; filters: Row }[] = []
  const matches = (row: Row, filters: Row) =>
    Object.entries(filters).every(([key, wanted]) =>
      Array.isArray(wanted) ? wanted.includes(row[key]) : row[key] === wanted
    )
  const graph = async ({
    entity,
    filters,
  }: {
    entity: string
    filters: Row
  }) => {
    calls.push({ entity, filters })
    return {
      data: (tables[entity] ?? []).filter((row) => matches(row, filters)),
    }
  }
  return {
    calls,
    scope: {
      resolve: (key: string) =>
        key === ContainerRegistrationKeys.QUERY ? { graph } : undefined,
    },
  }
}

function request(
  scope: unknown,
  init: Partial<AuthenticatedMedusaRequest> & { seller_id?: string }
) {
  const { seller_id, ...rest } = init
  return {
    scope,
    params: {},
    filterableFields: {},
    ...rest,
    ...(seller_id
      ? {
          seller_context: {
            seller_id,
            member_id: "mem_1",
            role: "owner",
            status: "open",
          },
        }
      : {}),
  } as unknown as AuthenticatedMedusaRequest
}

/** Runs a middleware; resolves with the error it passed on or threw (undefined: it let the request through). */
async function run(
  middleware: (
    req: AuthenticatedMedusaRequest,
    res: MedusaResponse,
    next: (error?: unknown) => void
  ) => unknown,
  req: AuthenticatedMedusaRequest
): Promise<unknown> {
  let passed: unknown = "not called"
  try {
    await middleware(req, {} as MedusaResponse, (error?: unknown) => {
      passed = error
    })
  } catch (error) {
    return error
  }
  return passed
}

const LINKS = {
  seller_product: [
    { seller_id: "sel_a", product_id: "prod_a1" },
    { seller_id: "sel_a", product_id: "prod_a2" },
    { seller_id: "sel_b", product_id: "prod_b1" },
  ],
  payout: [
    { id: "pout_a", seller_id: "sel_a" },
    { id: "pout_b", seller_id: "sel_b" },
  ],
}

describe("filterBySellerLink", () => {
  it("narrows a list to the ids linked to the calling seller", async () => {
    const { scope } = fakeQuery(LINKS)
    const req = request(scope, {
      seller_id: "sel_a",
      filterableFields: { status: "draft" },
    })
    expect(await run(filterBySellerLink("product"), req)).toBeUndefined()
    expect(req.filterableFields).toEqual({
      status: "draft",
      id: ["prod_a1", "prod_a2"],
    })
  })

  it("keeps only the seller's own ids among those the client asked for, whatever seller_id it sent", async () => {
    const { scope } = fakeQuery(LINKS)
    const req = request(scope, {
      seller_id: "sel_a",
      filterableFields: { id: ["prod_a2", "prod_b1"], seller_id: "sel_b" },
    })
    await run(filterBySellerLink("product"), req)
    expect(req.filterableFields).toEqual({ id: ["prod_a2"] })
  })

  it("refuses a request without a seller context", async () => {
    const { scope } = fakeQuery(LINKS)
    const error = await run(filterBySellerLink("product"), request(scope, {}))
    expect(error).toMatchObject({ type: MedusaError.Types.UNAUTHORIZED })
  })
})

describe("filterBySellerColumn", () => {
  it("sets the seller's id as the filter, over anything the client sent", async () => {
    const req = request(
      {},
      {
        seller_id: "sel_a",
        filterableFields: { seller_id: "sel_b", status: "paid" },
      }
    )
    expect(await run(filterBySellerColumn(), req)).toBeUndefined()
    expect(req.filterableFields).toEqual({ seller_id: "sel_a", status: "paid" })

    const feed = request({}, { seller_id: "sel_a" })
    await run(filterBySellerColumn("receiver_id"), feed)
    expect(feed.filterableFields).toEqual({ receiver_id: "sel_a" })
  })
})

describe("ensureLinkedToSeller", () => {
  it("lets the seller's own resource through", async () => {
    const { scope } = fakeQuery(LINKS)
    const own = request(scope, {
      seller_id: "sel_a",
      params: { id: "prod_a1" },
    })
    expect(await run(ensureLinkedToSeller("product"), own)).toBeUndefined()
  })

  it("answers another seller's resource and a missing one with the same 404", async () => {
    const { scope } = fakeQuery(LINKS)
    for (const id of ["prod_b1", "prod_missing"]) {
      const error = await run(
        ensureLinkedToSeller("product"),
        request(scope, { seller_id: "sel_a", params: { id } })
      )
      expect(error).toMatchObject({
        type: MedusaError.Types.NOT_FOUND,
        message: `Product with id: ${id} was not found`,
      })
    }
  })

  it("checks the path parameter it is given", async () => {
    const { scope, calls } = fakeQuery(LINKS)
    const req = request(scope, {
      seller_id: "sel_a",
      params: { id: "prod_a1", product_id: "prod_b1" },
    })
    expect(
      await run(ensureLinkedToSeller("product", "product_id"), req)
    ).toMatchObject({ type: MedusaError.Types.NOT_FOUND })
    expect(calls[0].filters).toEqual({
      seller_id: "sel_a",
      product_id: ["prod_b1"],
    })
  })
})

describe("ensureOwnedBySeller", () => {
  it("lets the seller's own record through and answers another seller's with a 404", async () => {
    const { scope } = fakeQuery(LINKS)
    const own = request(scope, { seller_id: "sel_a", params: { id: "pout_a" } })
    const foreign = request(scope, {
      seller_id: "sel_a",
      params: { id: "pout_b" },
    })
    expect(await run(ensureOwnedBySeller("payout"), own)).toBeUndefined()
    expect(await run(ensureOwnedBySeller("payout"), foreign)).toMatchObject({
      type: MedusaError.Types.NOT_FOUND,
      message: "Payout with id: pout_b was not found",
    })
  })
})
