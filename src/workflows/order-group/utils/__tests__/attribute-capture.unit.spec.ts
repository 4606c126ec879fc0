import BigNumber from "bignumber.js"
import { attributeCapture } from "../attribute-capture"

const sum = (parts: { amount: string }[]) =>
  parts
    .reduce((total, part) => total.plus(part.amount), new BigNumber(0))
    .toFixed()

describe("attributeCapture", () => {
  it.each([
    [
      "exact totals",
      "100.03",
      [
        ["a", "33.34"],
        ["b", "33.34"],
        ["c", "33.35"],
      ],
      ["33.34", "33.34", "33.35"],
    ],
    [
      "a missing cent goes to the largest order",
      "100.02",
      [
        ["a", "33.34"],
        ["b", "33.35"],
        ["c", "33.34"],
      ],
      ["33.34", "33.34", "33.34"],
    ],
    [
      "an extra cent goes to the largest, first on ties",
      "10.01",
      [
        ["a", "5"],
        ["b", "5"],
      ],
      ["5.01", "5"],
    ],
    ["one order", "19.99", [["a", "19.99"]], ["19.99"]],
  ])("%s", (_, captured, orders, expected) => {
    const parts = attributeCapture(
      captured,
      orders.map(([id, total]) => ({ id, total }))
    )
    expect(parts.map((part) => part.amount)).toEqual(expected)
    expect(parts.map((part) => part.order_id)).toEqual(orders.map(([id]) => id))
    expect(sum(parts)).toBe(new BigNumber(captured).decimalPlaces(2).toFixed())
  })

  it("rounds sub-cent totals to cents and gives what is left to the largest order", () => {
    const parts = attributeCapture("162.74566", [
      { id: "a", total: "101.16666" },
      { id: "b", total: "30.66154" },
      { id: "c", total: "30.91746" },
    ])
    // 162.74566 → 162.75; totals round to 101.17 + 30.66 + 30.92 = 162.75.
    expect(parts).toEqual([
      { order_id: "a", amount: "101.17" },
      { order_id: "b", amount: "30.66" },
      { order_id: "c", amount: "30.92" },
    ])
    const skewed = attributeCapture("162.7449", [
      { id: "a", total: "101.16666" },
      { id: "b", total: "30.66154" },
      { id: "c", total: "30.91746" },
    ])
    expect(skewed.map((part) => part.amount)).toEqual([
      "101.16",
      "30.66",
      "30.92",
    ])
    expect(
      attributeCapture("1000", [{ id: "a", total: "999.995" }], 0)
    ).toEqual([{ order_id: "a", amount: "1000" }])
  })

  it("attributes nothing without orders", () => {
    expect(attributeCapture("10", [])).toEqual([])
  })
})
