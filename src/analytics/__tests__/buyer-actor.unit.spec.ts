import { buyerActor } from "../buyer-actor"

describe("buyerActor", () => {
  it("is the customer for an account, the cart for a guest (even with Medusa's guest customer record)", () => {
    expect(
      buyerActor({ customer_id: "cus_1", has_account: true, cart_id: "cart_1" })
    ).toBe("cus_1")
    expect(
      buyerActor({
        customer_id: "cus_guest",
        has_account: false,
        cart_id: "cart_1",
      })
    ).toBe("cart_1")
    expect(buyerActor({ customer_id: null, cart_id: "cart_1" })).toBe("cart_1")
    expect(
      buyerActor({
        customer_id: "cus_guest",
        has_account: false,
        cart_id: null,
      })
    ).toBe("cus_guest")
    expect(buyerActor({})).toBe("anonymous")
  })
})
