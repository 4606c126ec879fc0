import type { CheckoutCart, CheckoutLineItem } from "../../types"
import { prepareReservations } from "../prepare-reservations"
import { prepareSellerOrders } from "../prepare-seller-orders"

const seller = (id: string) => ({ id, name: id, status: "open" })

function item(
  id: string,
  sellerId: string,
  extra: Partial<CheckoutLineItem> = {}
): CheckoutLineItem {
  return {
    id,
    title: `title ${id}`,
    quantity: 1,
    unit_price: 10,
    variant_id: `variant_${id}`,
    product: { seller: seller(sellerId) },
    tax_lines: [
      {
        code: "DE19",
        rate: 19,
        description: "VAT",
        tax_rate_id: "txr_1",
        provider_id: "system",
      },
    ],
    adjustments: [{ code: "MARKET10", amount: 1, promotion_id: "promo_1" }],
    ...extra,
  }
}

const cart: CheckoutCart = {
  id: "cart_1",
  email: "ada@example.test",
  currency_code: "eur",
  region_id: "reg_1",
  customer_id: "cus_1",
  sales_channel_id: "sc_1",
  total: 0,
  subtotal: 0,
  tax_total: 0,
  discount_total: 0,
  shipping_total: 0,
  items: [item("a1", "sel_a"), item("b1", "sel_b"), item("a2", "sel_a")],
  shipping_methods: [
    {
      id: "sm_b",
      name: "B ship",
      amount: 3,
      shipping_option_id: "so_b",
      shipping_option: { seller: { id: "sel_b" } },
    },
    {
      id: "sm_a",
      name: "A ship",
      amount: 5,
      shipping_option_id: "so_a",
      shipping_option: { seller: { id: "sel_a" } },
    },
  ],
  shipping_address: {
    id: "caaddr_1",
    city: "Berlin",
    created_at: "2026-01-01",
  },
}

describe("prepareSellerOrders", () => {
  it("makes one order per seller, in first-appearance order, with its items and its shipping method", () => {
    const orders = prepareSellerOrders(cart)

    expect(orders.map((order) => order.seller_id)).toEqual(["sel_a", "sel_b"])
    expect(orders[0].order.items?.map((line) => line.title)).toEqual([
      "title a1",
      "title a2",
    ])
    expect(orders[1].order.items?.map((line) => line.title)).toEqual([
      "title b1",
    ])
    expect(
      orders[0].order.shipping_methods?.map(
        (method) => method.shipping_option_id
      )
    ).toEqual(["so_a"])
    expect(
      orders[1].order.shipping_methods?.map(
        (method) => method.shipping_option_id
      )
    ).toEqual(["so_b"])
  })

  it("copies tax lines, adjustments, promo codes and the address without its id", () => {
    const [{ order }] = prepareSellerOrders(cart)

    expect(order.items?.[0].tax_lines).toEqual([
      {
        code: "DE19",
        rate: 19,
        description: "VAT",
        tax_rate_id: "txr_1",
        provider_id: "system",
        metadata: null,
      },
    ])
    expect(order.items?.[0].adjustments?.[0]).toMatchObject({
      code: "MARKET10",
      amount: 1,
      promotion_id: "promo_1",
    })
    expect(order.promo_codes).toEqual(["MARKET10"])
    expect(order.shipping_address).toEqual({ city: "Berlin" })
    expect(order).toMatchObject({
      email: "ada@example.test",
      currency_code: "eur",
      customer_id: "cus_1",
      status: "pending",
    })
  })
})

describe("prepareReservations", () => {
  const level = (
    location_id: string,
    stocked: number,
    reserved: number,
    channel = "sc_1"
  ) => ({
    location_id,
    stocked_quantity: stocked,
    reserved_quantity: reserved,
    stock_locations: [{ sales_channels: [{ id: channel }] }],
  })
  const withLevels = (levels: ReturnType<typeof level>[]): CheckoutCart => ({
    ...cart,
    items: [
      item("a1", "sel_a", {
        variant: {
          id: "variant_a1",
          manage_inventory: true,
          allow_backorder: false,
          inventory_items: [
            {
              inventory_item_id: "iitem_1",
              required_quantity: 1,
              inventory: { location_levels: levels },
            },
          ],
        },
      }),
    ],
  })
  const orderItems = [{ id: "ordli_1", variant_id: "variant_a1", quantity: 2 }]

  it("prefers the sales channel's locations with enough available stock", () => {
    const reservations = prepareReservations(
      withLevels([level("sloc_low", 3, 2), level("sloc_ok", 5, 0)]),
      orderItems
    )
    expect(reservations).toEqual([
      {
        id: "ordli_1",
        inventory_item_id: "iitem_1",
        required_quantity: 1,
        allow_backorder: false,
        quantity: 2,
        location_ids: ["sloc_ok"],
      },
    ])
  })

  it("falls back to a location without enough stock, so the reservation fails with Medusa's stock error", () => {
    const [reservation] = prepareReservations(
      withLevels([level("sloc_low", 1, 0)]),
      orderItems
    )
    expect(reservation.location_ids).toEqual(["sloc_low"])
  })

  it("refuses a variant stocked in no location of the cart's sales channel", () => {
    expect(() =>
      prepareReservations(
        withLevels([level("sloc_other", 5, 0, "sc_other")]),
        orderItems
      )
    ).toThrow(
      "Sales channel sc_1 is not associated with any stock location for variant variant_a1."
    )
  })
})
