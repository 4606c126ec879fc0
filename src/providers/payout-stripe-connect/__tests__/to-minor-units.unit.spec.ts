import { toMinorUnits } from "../to-minor-units"

describe("toMinorUnits", () => {
  it.each([
    ["12.34", 2, "1234"],
    ["0.01", 2, "1"],
    ["100", 2, "10000"],
    ["0.29", 2, "29"], // 0.29 * 100 is 28.999999999999996 in floating point
    ["500", 0, "500"],
    ["1.234", 3, "1234"],
    ["90071992547409.91", 2, "9007199254740991"],
  ])("%s with %d digits → %s", (amount, digits, expected) => {
    expect(toMinorUnits(amount, digits)).toBe(expected)
  })

  it("refuses fractions of a minor unit and bad digit counts", () => {
    expect(() => toMinorUnits("12.345", 2)).toThrow(
      "not a whole number of minor units"
    )
    expect(() => toMinorUnits("1.5", 0)).toThrow(
      "not a whole number of minor units"
    )
    expect(() => toMinorUnits("abc", 2)).toThrow(
      "not a whole number of minor units"
    )
    expect(() => toMinorUnits("1", -1)).toThrow("decimal digits")
  })
})
