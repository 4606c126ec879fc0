import { floorToMinorUnit } from "../floor-to-minor-unit"

describe("floorToMinorUnit", () => {
  it.each([
    ["12.349", 2, "12.34"],
    ["12.3", 2, "12.30"],
    ["0.009", 2, "0.00"],
    ["100", 2, "100.00"],
    ["1234.9", 0, "1234"],
    ["1.23456", 3, "1.234"],
    ["90071992547409.919", 2, "90071992547409.91"],
    ["-1.234", 2, "-1.23"],
  ])("%s with %d digits → %s", (amount, digits, expected) => {
    expect(floorToMinorUnit(amount, digits)).toBe(expected)
  })

  it("refuses bad digit counts", () => {
    expect(() => floorToMinorUnit("1", 7)).toThrow("decimal digits")
  })
})
