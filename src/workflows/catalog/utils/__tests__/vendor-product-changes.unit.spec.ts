import { splitReviewedChanges } from "../vendor-product-changes"

describe("splitReviewedChanges", () => {
  const current = {
    title: "Vase",
    subtitle: null,
    description: "Blue",
    handle: "vase",
  }

  it("holds presentation fields and applies commercial ones at once", () => {
    const { direct, reviewed } = splitReviewedChanges(
      {
        title: "Amphora",
        images: [{ url: "https://cdn.test/a.png" }],
        categories: [{ id: "pcat_1" }],
        options: [{ id: "opt_1", title: "Height" }],
        material: "clay",
        variants: [
          { id: "variant_1", prices: [{ currency_code: "eur", amount: 3 }] },
        ],
        metadata: { sku_group: "x" },
      },
      current
    )
    expect(Object.keys(reviewed).sort()).toEqual([
      "categories",
      "images",
      "options",
      "title",
    ])
    expect(Object.keys(direct).sort()).toEqual([
      "material",
      "metadata",
      "variants",
    ])
  })

  it("drops reviewed values equal to the current ones and undefined fields", () => {
    const { direct, reviewed } = splitReviewedChanges(
      {
        title: "Vase",
        subtitle: null,
        description: undefined,
        handle: "vase-2",
      },
      current
    )
    expect(reviewed).toEqual({ handle: "vase-2" })
    expect(direct).toEqual({})
  })

  it("keeps clearing a reviewed list as a change", () => {
    expect(
      splitReviewedChanges(
        { categories: [], type_id: null },
        { type_id: "ptyp_1" }
      ).reviewed
    ).toEqual({ categories: [], type_id: null })
  })
})
