import { MedusaError } from "@medusajs/framework/utils"
import { asMalformedRequest } from "../malformed-request"

describe("asMalformedRequest", () => {
  it("turns Express's undecodable path into invalid_data", () => {
    let thrown: unknown
    try {
      decodeURIComponent("%E0%A4%A")
    } catch (error) {
      thrown = Object.assign(error as Error, { status: 400, statusCode: 400 })
    }
    const mapped = asMalformedRequest(thrown) as MedusaError
    expect(mapped).toBeInstanceOf(MedusaError)
    expect(mapped.type).toBe(MedusaError.Types.INVALID_DATA)
  })

  it("turns a query key nested too deep into invalid_data", () => {
    const error = new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Key accessor more than 2 levels deep: limit.a.b"
    )
    expect((asMalformedRequest(error) as MedusaError).type).toBe(
      MedusaError.Types.INVALID_DATA
    )
  })

  it("turns a negative offset into invalid_data", () => {
    const mapped = asMalformedRequest(
      new Error("A non-negative integer must be provided to offset.")
    ) as MedusaError
    expect(mapped.type).toBe(MedusaError.Types.INVALID_DATA)
  })

  it("turns an order by a property that does not exist into invalid_data", () => {
    const mapped = asMalformedRequest(
      new Error("Trying to order by not existing property Seller.nope")
    ) as MedusaError
    expect(mapped.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(mapped.message).toBe("Order field Seller.nope is not valid")
  })

  it("turns a value PostgreSQL refuses into invalid_data without the SQL", () => {
    const driverError = Object.assign(
      new Error(
        'select "c0"."id" from "ledger_entry" as "c0" limit -1 - LIMIT must not be negative'
      ),
      {
        name: "DriverException",
        code: "2201W",
      }
    )
    const mapped = asMalformedRequest(driverError) as MedusaError
    expect(mapped.type).toBe(MedusaError.Types.INVALID_DATA)
    expect(mapped.message).toBe(
      "Invalid value in the request: LIMIT must not be negative"
    )
  })

  it("leaves every other error alone", () => {
    const internal = new MedusaError(
      MedusaError.Types.INVALID_ARGUMENT,
      "Something internal"
    )
    const uriError = new URIError("URI malformed")
    const divisionByZero = Object.assign(
      new Error("select 1/0 - division by zero"),
      { code: "22012" }
    )
    for (const error of [
      internal,
      uriError,
      divisionByZero,
      new Error("boom"),
      null,
      "text",
    ]) {
      expect(asMalformedRequest(error)).toBe(error)
    }
  })
})
