import {
  CART_CACHE_EPOCH_KEY,
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
