import { renderTemplate } from ".."

describe("order templates", () => {
  it("tells the seller the order's display id, items and totals", () => {
    const { subject, text, html } = renderTemplate("order.placed", {
      seller_name: "Alpha <Atelier>",
      order_display_id: 42,
      currency_code: "eur",
      items: [{ title: "Alpha scarf (E1)", quantity: 2, total: "47.58" }],
      subtotal: "39.98",
      shipping_total: "5.89",
      discount_total: "0.00",
      tax_total: "8.78",
      total: "53.47",
    })
    expect(subject).toBe("New order #42")
    expect(text.split("\n\n")).toEqual([
      "Alpha <Atelier>, you received order #42 of 53.47 EUR.",
      "2 × Alpha scarf (E1) — 47.58 EUR",
      "Subtotal: 39.98 EUR",
      "Shipping: 5.89 EUR",
      "Discount: 0.00 EUR",
      "Tax: 8.78 EUR",
      "Total: 53.47 EUR",
      "Fulfil it from your dashboard.",
    ])
    expect(html).toContain("Alpha &lt;Atelier&gt;")
  })

  it("confirms a whole checkout to the customer once, seller by seller", () => {
    const { subject, text } = renderTemplate("order_group.placed", {
      currency_code: "eur",
      total: "70.00",
      orders: [
        {
          display_id: 7,
          seller_name: "Alpha",
          total: "50.00",
          items: [{ title: "Scarf", quantity: 1, total: "45.05" }],
        },
        {
          display_id: 8,
          seller_name: "Beta",
          total: "20.00",
          items: [{ title: "Notebook", quantity: 2, total: "16.50" }],
        },
      ],
    })
    expect(subject).toBe("Your order from 2 sellers is confirmed")
    expect(text.split("\n\n")).toEqual([
      "Thank you for your order of 70.00 EUR.",
      "Order #7 from Alpha: 50.00 EUR",
      "1 × Scarf — 45.05 EUR",
      "Order #8 from Beta: 20.00 EUR",
      "2 × Notebook — 16.50 EUR",
      "Each seller ships its own order.",
    ])
  })
})
