import { statsPeriod, VendorGetStatsParams } from "../validators"

const parse = (query: Record<string, unknown>) => {
  const parsed = VendorGetStatsParams.safeParse(query)
  return {
    ...parsed,
    data: parsed.data && { ...parsed.data, ...statsPeriod(parsed.data) },
  }
}
const today = () => new Date().toISOString().slice(0, 10)

describe("VendorGetStatsParams", () => {
  it("reads dates and date-times as UTC days, inclusive", () => {
    expect(parse({ from: "2026-01-01", to: "2026-01-31" }).data).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
    })
    expect(
      parse({ from: "2026-01-01T23:30:00-02:00", to: "2026-01-02T00:00:00Z" })
        .data
    ).toEqual({
      from: "2026-01-02",
      to: "2026-01-02",
    })
    expect(
      parse({ from: "2024-02-29", to: "2024-02-29", currency_code: " EUR " })
        .data
    ).toEqual({
      from: "2024-02-29",
      to: "2024-02-29",
      currency_code: "eur",
    })
  })

  it("defaults to the 30 days up to today", () => {
    const { data } = parse({})
    expect(data?.to).toBe(today())
    expect((Date.parse(data!.to) - Date.parse(data!.from)) / 86_400_000).toBe(
      29
    )
    expect(parse({ to: "2026-03-30" }).data).toEqual({
      from: "2026-03-01",
      to: "2026-03-30",
    })
  })

  it("allows at most 366 days, from not after to", () => {
    expect(parse({ from: "2024-01-01", to: "2024-12-31" }).success).toBe(true)
    expect(parse({ from: "2023-01-01", to: "2024-01-01" }).success).toBe(true)
    expect(
      parse({ from: "2023-01-01", to: "2024-01-02" }).error?.issues[0].message
    ).toBe("The period may cover at most 366 days (got 367)")
    expect(
      parse({ from: "2026-01-02", to: "2026-01-01" }).error?.issues[0].message
    ).toBe("from must not be after to")
  })

  it("refuses impossible, foreign and out-of-range dates and unknown parameters", () => {
    for (const query of [
      { from: "2026-02-30" },
      { from: "2026-02-30T10:00:00Z" },
      { from: "2025-02-29" },
      { to: "2026-13-01" },
      { from: "01/02/2026" },
      { from: "2026-1-2" },
      { from: "yesterday" },
      { from: "1969-12-31" },
      { to: "9999-12-31" },
      { from: ["2026-01-01"] },
      { currency_code: "euro" },
      { seller_id: "sel_1" },
    ]) {
      expect({ query, success: parse(query).success }).toEqual({
        query,
        success: false,
      })
    }
  })
})
