import {
  computeCommissionAmount,
  RateSnapshot,
} from "../compute-commission-amount"

describe("computeCommissionAmount", () => {
  it.each<[string, RateSnapshot, string, number, string]>([
    ["10 % of 100", { kind: "percentage", value: 10 }, "100", 2, "10"],
    [
      "rounds half up to cents",
      { kind: "percentage", value: 12.5 },
      "0.9",
      2,
      "0.11",
    ],
    [
      "rounds down below half",
      { kind: "percentage", value: 10 },
      "10.04",
      2,
      "1",
    ],
    [
      "keeps precision of big amounts",
      { kind: "percentage", value: 7 },
      "123456789012.35",
      2,
      "8641975230.86",
    ],
    [
      "zero-decimal currencies round to units",
      { kind: "percentage", value: 15 },
      "999",
      0,
      "150",
    ],
    [
      "min raises a small commission",
      { kind: "percentage", value: 10, min_amount: 2 },
      "5",
      2,
      "2",
    ],
    [
      "max caps a large commission",
      { kind: "percentage", value: 10, max_amount: 50 },
      "1000",
      2,
      "50",
    ],
    ["flat fee", { kind: "flat", value: 1.5 }, "20", 2, "1.5"],
    [
      "flat fee never exceeds the line",
      { kind: "flat", value: 5 },
      "3",
      2,
      "3",
    ],
    [
      "min never exceeds the line either",
      { kind: "percentage", value: 10, min_amount: 4 },
      "3",
      2,
      "3",
    ],
    [
      "a zero base charges nothing",
      { kind: "percentage", value: 10, min_amount: 1 },
      "0",
      2,
      "0",
    ],
    [
      "a negative base charges nothing",
      { kind: "flat", value: 1 },
      "-5",
      2,
      "0",
    ],
    ["0 % charges nothing", { kind: "percentage", value: 0 }, "100", 2, "0"],
  ])("%s", (_, rate, base, digits, expected) => {
    expect(computeCommissionAmount(rate, base, digits).toString()).toBe(
      expected
    )
  })

  it("is exact where floating point is not (0.1 + 0.2 style)", () => {
    expect(
      computeCommissionAmount(
        { kind: "percentage", value: 3 },
        "0.3"
      ).toString()
    ).toBe("0.01")
    expect(
      computeCommissionAmount(
        { kind: "percentage", value: 33.333 },
        "300.03"
      ).toString()
    ).toBe("100.01")
  })
})
