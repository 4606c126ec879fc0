import BigNumber from "bignumber.js"
import {
  attributeCapture,
  GroupCaptureOrder,
  planGroupCapture,
} from "../attribute-capture"

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

describe("planGroupCapture", () => {
  const orders = (
    ...states: Partial<GroupCaptureOrder>[]
  ): GroupCaptureOrder[] =>
    [
      { id: "a", total: "40.004" },
      { id: "b", total: "30.003" },
      { id: "c", total: "30.003" },
    ].map((order, index) => ({
      canceled: false,
      uncaptured: false,
      booked: false,
      refunded: false,
      ...order,
      ...states[index],
    }))

  it("captures the whole authorization when no order is canceled", () => {
    const plan = planGroupCapture("100.01", null, orders())
    expect(plan.partial_amount).toBeNull()
    expect(plan.live).toEqual([
      { order_id: "a", amount: "40.01" },
      { order_id: "b", amount: "30" },
      { order_id: "c", amount: "30" },
    ])
    expect(plan.refund).toEqual([])
  })

  it("captures only the live orders' shares of the whole attribution", () => {
    const plan = planGroupCapture(
      "100.01",
      null,
      orders({}, { canceled: true }, {})
    )
    expect(plan.partial_amount).toBe("70.01")
    expect(plan.live).toEqual([
      { order_id: "a", amount: "40.01" },
      { order_id: "c", amount: "30" },
    ])
    expect(plan.refund).toEqual([])
    // The largest order canceled: its remainder cent leaves with it.
    expect(
      planGroupCapture("100.01", null, orders({ canceled: true }))
        .partial_amount
    ).toBe("60")
  })

  it("changes nothing on a replay of a partial capture", () => {
    const canceled = orders({}, { canceled: true, uncaptured: true }, {})
    const plan = planGroupCapture("100.01", "70.01", canceled)
    expect(plan.partial_amount).toBeNull()
    expect(plan.live.map((part) => part.order_id)).toEqual(["a", "c"])
    expect(plan.refund).toEqual([])
  })

  it("gives back the shares of orders canceled before a whole capture was booked", () => {
    const plan = planGroupCapture(
      "100.01",
      "100.01",
      orders({ canceled: true }, {}, { canceled: true })
    )
    expect(plan.partial_amount).toBeNull()
    expect(plan.live).toEqual([{ order_id: "b", amount: "30" }])
    expect(plan.refund).toEqual([
      { order_id: "a", amount: "40.01" },
      { order_id: "c", amount: "30" },
    ])
    // Replayed: the shares given back, and one booked before its cancellation, stay out.
    const replay = planGroupCapture(
      "100.01",
      "100.01",
      orders(
        { canceled: true, refunded: true },
        {},
        { canceled: true, booked: true }
      )
    )
    expect(replay.refund).toEqual([])
    expect(replay.live).toEqual([{ order_id: "b", amount: "30" }])
  })

  it("gives back a share captured but never booked after a partial capture", () => {
    // Captured for a and c (b canceled first); c was canceled before its sale was written.
    const plan = planGroupCapture(
      "100.01",
      "70.01",
      orders({}, { canceled: true, uncaptured: true }, { canceled: true })
    )
    expect(plan.refund).toEqual([{ order_id: "c", amount: "30" }])
    expect(plan.live).toEqual([{ order_id: "a", amount: "40.01" }])
  })

  it("gives back everything when every order of a captured group is canceled", () => {
    const plan = planGroupCapture(
      "100.01",
      "100.01",
      orders({ canceled: true }, { canceled: true }, { canceled: true })
    )
    expect(plan.live).toEqual([])
    expect(sum(plan.refund)).toBe("100.01")
  })

  it("works in the currency's minor unit (zero decimals)", () => {
    const plan = planGroupCapture(
      "1001",
      null,
      [
        { id: "a", total: "500.5" },
        { id: "b", total: "500.4" },
      ].map((order, index) => ({
        ...order,
        canceled: index === 0,
        uncaptured: false,
        booked: false,
        refunded: false,
      })),
      0
    )
    expect(plan.partial_amount).toBe("500")
  })
})
