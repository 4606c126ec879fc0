import {
  CART_CACHE_EPOCH_KEY,
  CART_CACHE_SHIPPING_KEY,
  sharedEntryKey,
  storeReadVariant,
  cartEntriesTag,
  cartEntryKey,
  cartResponseVariant,
  cartVersionKey,
} from "../cart-cache-keys"

describe("cartResponseVariant", () => {
  it("ignores the order and repetition of fields", () => {
    expect(cartResponseVariant({ fields: ["id", "items.id", "total"] })).toBe(
      cartResponseVariant({
        fields: ["total", "items.id", "id", "items.id", " total "],
      })
    )
  })

  it("separates different field sets", () => {
    expect(cartResponseVariant({ fields: ["id", "total"] })).not.toBe(
      cartResponseVariant({ fields: ["id"] })
    )
    expect(cartResponseVariant({ fields: ["id", "items.*"] })).not.toBe(
      cartResponseVariant({ fields: ["id", "*items"] })
    )
  })

  it("separates locales", () => {
    const fields = ["id", "items.title"]
    expect(cartResponseVariant({ fields, locale: "fr-FR" })).not.toBe(
      cartResponseVariant({ fields })
    )
    expect(cartResponseVariant({ fields, locale: "fr-FR" })).not.toBe(
      cartResponseVariant({ fields, locale: "de-DE" })
    )
  })

  it("is short and safe inside a key", () => {
    expect(cartResponseVariant({ fields: ["a".repeat(5000)] })).toMatch(
      /^[A-Za-z0-9_-]{22}$/
    )
  })
})

describe("cart cache keys", () => {
  it("puts both tokens and the variant into an entry key", () => {
    const key = cartEntryKey("cart_1", { epoch: "e1", version: "v1" }, "var")
    expect(key).toBe("cart-cache:entry:cart_1:e1:v1:var")
    expect(
      cartEntryKey("cart_1", { epoch: "e1", version: "v2" }, "var")
    ).not.toBe(key)
    expect(
      cartEntryKey("cart_1", { epoch: "e2", version: "v1" }, "var")
    ).not.toBe(key)
  })

  it("keeps tokens, tags and entries apart", () => {
    const keys = [
      CART_CACHE_EPOCH_KEY,
      cartVersionKey("cart_1"),
      cartEntriesTag("cart_1"),
    ]
    expect(new Set(keys).size).toBe(3)
    expect(cartVersionKey("cart_1")).not.toBe(cartVersionKey("cart_2"))
  })
})

describe("storeReadVariant", () => {
  const base = {
    route: "shipping-options",
    fields: ["id", "name"],
    query: { cart_id: "cart_1", is_return: false },
  }

  it("separates routes, queries and locales, not the order of query keys or fields", () => {
    expect(storeReadVariant(base)).toBe(
      storeReadVariant({
        ...base,
        fields: ["name", "id"],
        query: { is_return: false, cart_id: "cart_1", fields: "ignored" },
      })
    )
    expect(storeReadVariant({ ...base, route: "payment-providers" })).not.toBe(
      storeReadVariant(base)
    )
    expect(
      storeReadVariant({ ...base, query: { cart_id: "cart_2" } })
    ).not.toBe(storeReadVariant(base))
    expect(storeReadVariant({ ...base, locale: "fr-FR" })).not.toBe(
      storeReadVariant(base)
    )
  })

  it("puts the shipping token into the key of entries that depend on it", () => {
    const tokens = { epoch: "e1", version: "v1" }
    expect(cartEntryKey("cart_1", { ...tokens, shipping: "s1" }, "var")).toBe(
      "cart-cache:entry:cart_1:e1:v1:s1:var"
    )
    expect(sharedEntryKey("e1", "var")).toBe("cart-cache:shared:e1:var")
    expect(CART_CACHE_SHIPPING_KEY).not.toBe(CART_CACHE_EPOCH_KEY)
  })
})
