import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import { Headers, listNotifications, SellerAccount } from "../utils/sellers"
import { createStorefront, Storefront } from "../utils/marketplace-builder"
import {
  createSellerCatalog,
  openSeller,
  productBody,
  SellerCatalog,
  VENDOR_STOREFRONT,
} from "../utils/vendor-catalog"
import { placeSellerOrder } from "../utils/vendor-orders"
import { waitFor } from "../utils/wait-for"

jest.setTimeout(240 * 1000)

type Price = { currency_code: string; amount: number }
type Variant = { id: string; title: string; prices: Price[] }
type Named = { id: string }

/** PRODUCT_APPROVAL=manual (the default): edits of published products are reviewed. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let storefront: Storefront
    let alpha: SellerAccount
    let beta: SellerAccount
    let alphaCatalog: SellerCatalog
    let betaCatalog: SellerCatalog

    beforeAll(async () => {
      admin = await createAdminSession(getContainer(), api)
      storefront = await createStorefront(getContainer(), VENDOR_STOREFRONT)
      alpha = await openSeller(api, admin, "Alpha Depth")
      beta = await openSeller(api, admin, "Beta Depth")
      alphaCatalog = await createSellerCatalog(api, admin, alpha, {
        title: "Alpha vase",
        prices: [20, 30],
        stock: 4,
      })
      betaCatalog = await createSellerCatalog(api, admin, beta, {
        title: "Beta bowl",
        stock: 4,
      })
    })

    const levelsOf = async (
      productId: string,
      variantId: string,
      owner: Headers
    ) =>
      (
        await api.get(
          `/vendor/products/${productId}/variants/${variantId}/inventory`,
          owner
        )
      ).data.inventory_levels

    it("adds, changes and deletes variants of the seller's own products, with prices per currency and stock at its own locations", async () => {
      const { productId } = alphaCatalog
      const created = await api.post(
        `/vendor/products/${productId}/variants`,
        {
          title: "Alpha vase XL",
          sku: "alpha-vase-xl",
          prices: [
            { currency_code: "eur", amount: 45 },
            { currency_code: "usd", amount: 49 },
          ],
          inventory_levels: [
            { location_id: alphaCatalog.stockLocationId, stocked_quantity: 6 },
          ],
        },
        alpha.owner
      )
      expect(created.status).toBe(201)
      const variant = created.data.product.variants.find(
        (v: Variant) => v.id === created.data.variant_id
      )
      expect(
        variant.prices.map((p: Price) => [p.currency_code, p.amount]).sort()
      ).toEqual([
        ["eur", 45],
        ["usd", 49],
      ])
      expect(await levelsOf(productId, variant.id, alpha.owner)).toEqual([
        expect.objectContaining({
          location_id: alphaCatalog.stockLocationId,
          stocked_quantity: 6,
        }),
      ])

      const updated = await api.post(
        `/vendor/products/${productId}/variants/${variant.id}`,
        {
          title: "Alpha vase XXL",
          prices: [{ currency_code: "eur", amount: 47.5 }],
          inventory_levels: [
            { location_id: alphaCatalog.stockLocationId, stocked_quantity: 9 },
          ],
        },
        alpha.owner
      )
      const after = updated.data.product.variants.find(
        (v: Variant) => v.id === variant.id
      )
      expect(after.title).toBe("Alpha vase XXL")
      expect(
        after.prices.map((p: Price) => [p.currency_code, p.amount])
      ).toEqual([["eur", 47.5]])
      expect(
        (await levelsOf(productId, variant.id, alpha.owner))[0].stocked_quantity
      ).toBe(9)

      // Another seller's product, location or variant: 404, nothing of Alpha's in the answer.
      for (const request of [
        () =>
          api.post(
            `/vendor/products/${productId}/variants`,
            { title: "x", prices: [{ currency_code: "eur", amount: 1 }] },
            beta.owner
          ),
        () =>
          api.post(
            `/vendor/products/${productId}/variants/${variant.id}`,
            { title: "Stolen" },
            beta.owner
          ),
        () =>
          api.delete(
            `/vendor/products/${productId}/variants/${variant.id}`,
            beta.owner
          ),
        () =>
          api.post(
            `/vendor/products/${betaCatalog.productId}/variants/${variant.id}`,
            { title: "Moved" },
            beta.owner
          ),
        () =>
          api.delete(
            `/vendor/products/${betaCatalog.productId}/variants/${variant.id}`,
            beta.owner
          ),
        () =>
          api.post(
            `/vendor/products/${betaCatalog.productId}/variants`,
            {
              title: "Beta XL",
              prices: [{ currency_code: "eur", amount: 1 }],
              inventory_levels: [
                {
                  location_id: alphaCatalog.stockLocationId,
                  stocked_quantity: 1,
                },
              ],
            },
            beta.owner
          ),
        () =>
          api.post(
            `/vendor/products/${betaCatalog.productId}/variants/${betaCatalog.variantIds[0]}`,
            {
              inventory_levels: [
                {
                  location_id: alphaCatalog.stockLocationId,
                  stocked_quantity: 100,
                },
              ],
            },
            beta.owner
          ),
      ]) {
        const response = await failure(request())
        expect(response.status).toBe(404)
        expect(response.data.type).toBe("not_found")
        expect(JSON.stringify(response.data)).not.toContain("Alpha vase")
      }
      expect(
        (await levelsOf(productId, variant.id, alpha.owner))[0].stocked_quantity
      ).toBe(9)

      for (const [path, body] of [
        [
          `/vendor/products/${productId}/variants`,
          { title: "No price", prices: [] },
        ],
        [
          `/vendor/products/${productId}/variants`,
          {
            title: "Linked",
            prices: [{ currency_code: "eur", amount: 1 }],
            inventory_items: [
              { inventory_item_id: "iitem_x", required_quantity: 1 },
            ],
          },
        ],
        [
          `/vendor/products/${productId}/variants`,
          {
            title: "Unmanaged",
            manage_inventory: false,
            prices: [{ currency_code: "eur", amount: 1 }],
            inventory_levels: [
              {
                location_id: alphaCatalog.stockLocationId,
                stocked_quantity: 1,
              },
            ],
          },
        ],
        [
          `/vendor/products/${productId}/variants/${variant.id}`,
          {
            inventory_levels: [
              {
                location_id: alphaCatalog.stockLocationId,
                stocked_quantity: -1,
              },
            ],
          },
        ],
        [
          `/vendor/products/${productId}/variants/${variant.id}`,
          { product_id: betaCatalog.productId },
        ],
      ] as const) {
        const response = await failure(api.post(path, body, alpha.owner))
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }

      const deleted = await api.delete(
        `/vendor/products/${productId}/variants/${variant.id}`,
        alpha.owner
      )
      expect(deleted.data).toMatchObject({
        id: variant.id,
        object: "variant",
        deleted: true,
      })
      expect(
        deleted.data.parent.variants.map((v: Variant) => v.id)
      ).not.toContain(variant.id)
      expect(
        (
          await failure(
            api.get(
              `/vendor/products/${productId}/variants/${variant.id}/inventory`,
              alpha.owner
            )
          )
        ).status
      ).toBe(404)
    })

    it("files products under existing categories, type, collection and tags, and refuses ids that do not exist", async () => {
      const { data: category } = await api.post(
        "/admin/product-categories",
        { name: "Ceramics", is_active: true },
        admin
      )
      const { data: type } = await api.post(
        "/admin/product-types",
        { value: "Handmade" },
        admin
      )
      const { data: collection } = await api.post(
        "/admin/collections",
        { title: "Spring" },
        admin
      )
      const { data: tag } = await api.post(
        "/admin/product-tags",
        { value: "gift" },
        admin
      )
      const refs = {
        categories: [{ id: category.product_category.id }],
        type_id: type.product_type.id,
        collection_id: collection.collection.id,
        tags: [{ id: tag.product_tag.id }],
      }
      const { data } = await api.post(
        "/vendor/products",
        { ...productBody("Filed jug"), ...refs },
        alpha.owner
      )
      expect(data.product).toMatchObject({
        type: { id: refs.type_id, value: "Handmade" },
        collection: { id: refs.collection_id, title: "Spring" },
        categories: [
          expect.objectContaining({
            id: category.product_category.id,
            name: "Ceramics",
          }),
        ],
        tags: [
          expect.objectContaining({ id: tag.product_tag.id, value: "gift" }),
        ],
      })

      for (const [field, value, message] of [
        [
          "categories",
          [{ id: "pcat_missing" }],
          "Product category with id: pcat_missing does not exist",
        ],
        [
          "type_id",
          "ptyp_missing",
          "Product type with id: ptyp_missing does not exist",
        ],
        [
          "collection_id",
          "pcol_missing",
          "Product collection with id: pcol_missing does not exist",
        ],
        [
          "tags",
          [{ id: "ptag_missing" }],
          "Product tag with id: ptag_missing does not exist",
        ],
      ] as const) {
        const onCreate = await failure(
          api.post(
            "/vendor/products",
            { ...productBody(`Bad ${field}`), [field]: value },
            alpha.owner
          )
        )
        expect(onCreate.data).toEqual({ type: "invalid_data", message })
        const onUpdate = await failure(
          api.post(
            `/vendor/products/${data.product.id}`,
            { [field]: value },
            alpha.owner
          )
        )
        expect(onUpdate.data).toEqual({ type: "invalid_data", message })
      }
      // A draft takes changes at once, including clearing them.
      const { data: cleared } = await api.post(
        `/vendor/products/${data.product.id}`,
        { categories: [], tags: [], type_id: null, collection_id: null },
        alpha.owner
      )
      expect(cleared.product).toMatchObject({
        type: null,
        collection: null,
        categories: [],
        tags: [],
      })
      expect(cleared.review).toBeNull()
    })

    it("lists the marketplace's active public categories, types and tags for the pickers, searched and paginated, to every seller alike", async () => {
      const category = async (name: string, flags: object) =>
        (await api.post("/admin/product-categories", { name, ...flags }, admin))
          .data.product_category
      const shown = await category("Picker pottery", {
        is_active: true,
        is_internal: false,
      })
      const other = await category("Picker pots", { is_active: true })
      await category("Picker draft shelf", { is_active: false })
      await category("Picker staff shelf", {
        is_active: true,
        is_internal: true,
      })
      const type = (
        await api.post("/admin/product-types", { value: "Picker glaze" }, admin)
      ).data.product_type
      const tag = (
        await api.post("/admin/product-tags", { value: "picker-blue" }, admin)
      ).data.product_tag

      const list = async (path: string, owner: Headers, params: object) =>
        (await api.get(path, { ...owner, params })).data
      const categories = await list("/vendor/product-categories", alpha.owner, {
        q: "Picker",
      })
      expect(categories).toEqual({
        product_categories: [
          expect.objectContaining({ id: other.id, name: "Picker pots" }),
          {
            id: shown.id,
            name: "Picker pottery",
            handle: shown.handle,
            parent_category_id: null,
          },
        ],
        count: 2,
        limit: 20,
        offset: 0,
      })
      // Global reference data: another seller sees the same page; a page holds `limit`.
      expect(
        await list("/vendor/product-categories", beta.owner, { q: "Picker" })
      ).toEqual(categories)
      expect(
        await list("/vendor/product-categories", beta.owner, {
          q: "Picker",
          limit: 1,
          offset: 1,
        })
      ).toMatchObject({
        product_categories: [{ id: shown.id }],
        count: 2,
        limit: 1,
        offset: 1,
      })
      expect(
        await list("/vendor/product-types", beta.owner, { q: "Picker" })
      ).toEqual({
        product_types: [{ id: type.id, value: "Picker glaze" }],
        count: 1,
        limit: 20,
        offset: 0,
      })
      expect(
        await list("/vendor/product-tags", alpha.owner, { q: "picker" })
      ).toMatchObject({
        product_tags: [{ id: tag.id, value: "picker-blue" }],
        count: 1,
      })

      for (const path of [
        "/vendor/product-categories",
        "/vendor/product-types",
        "/vendor/product-tags",
      ]) {
        expect((await failure(api.get(path))).status).toBe(401)
        for (const params of [{ limit: "many" }, { order: "products" }]) {
          const refused = await failure(
            api.get(path, { ...alpha.owner, params })
          )
          expect({ status: refused.status, type: refused.data.type }).toEqual({
            status: 400,
            type: "invalid_data",
          })
        }
        // Only the listed fields: no way from a category or tag to the products under it.
        const { data } = await api.get(path, {
          ...alpha.owner,
          params: { fields: "+products.*,*products", limit: 1 },
        })
        expect(JSON.stringify(data)).not.toMatch(/"products"/)
      }
    })

    it("renames a product's own option and sets the values the product offers, keeping those its variants use", async () => {
      const {
        data: { product },
      } = await api.post(
        "/vendor/products",
        productBody("Valued jug", [10, 12]),
        alpha.owner
      )
      const option = product.options[0]
      const valuesOf = (answer: {
        product: { options: { values: { value: string }[] }[] }
      }) =>
        answer.product.options[0].values
          .map(({ value }: { value: string }) => value)
          .sort()
      const { data: renamed } = await api.post(
        `/vendor/products/${product.id}`,
        {
          options: [
            { id: option.id, title: "Volume", values: ["S1", "S2", "S3"] },
          ],
        },
        alpha.owner
      )
      expect(renamed.product.options[0].title).toBe("Volume")
      expect(valuesOf(renamed)).toEqual(["S1", "S2", "S3"])
      const { data: trimmed } = await api.post(
        `/vendor/products/${product.id}`,
        { options: [{ id: option.id, values: ["S1", "S2"] }] },
        alpha.owner
      )
      expect(valuesOf(trimmed)).toEqual(["S1", "S2"])
      // S2 is a variant's value: dropping it is refused and changes nothing.
      const refused = await failure(
        api.post(
          `/vendor/products/${product.id}`,
          { options: [{ id: option.id, title: "Litres", values: ["S1"] }] },
          alpha.owner
        )
      )
      expect(refused.status).toBe(400)
      expect(refused.data.type).toBe("invalid_data")
      const { data: after } = await api.get(
        `/vendor/products/${product.id}`,
        alpha.owner
      )
      expect(after.product.options[0].title).toBe("Volume")
      expect(valuesOf(after)).toEqual(["S1", "S2"])
    })

    it("adds an option with its values to the seller's own product and removes it once no variant uses it; another seller's product or option is a 404", async () => {
      const {
        data: { product },
      } = await api.post(
        "/vendor/products",
        productBody("Optioned jug", [10, 12]),
        alpha.owner
      )
      type Option = { id: string; title: string; values: { value: string }[] }
      const added = await api.post(
        `/vendor/products/${product.id}/options`,
        { title: "Glaze", values: ["Matte", "Gloss"] },
        alpha.owner
      )
      expect(added.status).toBe(201)
      const glaze = added.data.product.options.find(
        (option: Option) => option.title === "Glaze"
      )
      expect(
        glaze.values.map((v: { value: string }) => v.value).sort()
      ).toEqual(["Gloss", "Matte"])
      const {
        data: { variant_id: glazed },
      } = await api.post(
        `/vendor/products/${product.id}/variants`,
        {
          title: "Optioned jug S1 matte",
          options: { Size: "S1", Glaze: "Matte" },
          prices: [{ currency_code: "eur", amount: 11 }],
        },
        alpha.owner
      )

      for (const [body, message] of [
        [{ title: "", values: ["A"] }, /title/],
        [{ title: "Finish", values: [] }, /values/],
        [
          { title: "Finish", values: ["A"], is_exclusive: false },
          /is_exclusive/,
        ],
        [{ title: "glaze", values: ["A"] }, /already has an option/],
        [{ title: "Finish", values: ["A", "a"] }, /different/],
      ] as const) {
        const refused = await failure(
          api.post(`/vendor/products/${product.id}/options`, body, alpha.owner)
        )
        expect(refused.status).toBe(400)
        expect(refused.data).toEqual({
          type: "invalid_data",
          message: expect.stringMatching(message),
        })
      }

      // Another seller's product, or its option under the seller's own product: 404.
      for (const request of [
        () =>
          api.post(
            `/vendor/products/${product.id}/options`,
            { title: "Stolen", values: ["A"] },
            beta.owner
          ),
        () =>
          api.delete(
            `/vendor/products/${product.id}/options/${glaze.id}`,
            beta.owner
          ),
        () =>
          api.delete(
            `/vendor/products/${betaCatalog.productId}/options/${glaze.id}`,
            beta.owner
          ),
        () =>
          api.delete(
            `/vendor/products/${product.id}/options/opt_missing`,
            alpha.owner
          ),
      ]) {
        const response = await failure(request())
        expect(response.status).toBe(404)
        expect(response.data.type).toBe("not_found")
        expect(JSON.stringify(response.data)).not.toContain("Optioned jug")
      }

      // Like Medusa's admin: an option a variant uses stays.
      const inUse = await failure(
        api.delete(
          `/vendor/products/${product.id}/options/${glaze.id}`,
          alpha.owner
        )
      )
      expect(inUse.status).toBe(400)
      expect(inUse.data).toEqual({
        type: "invalid_data",
        message: expect.stringMatching(/variants for that option/),
      })
      await api.delete(
        `/vendor/products/${product.id}/variants/${glazed}`,
        alpha.owner
      )
      const removed = await api.delete(
        `/vendor/products/${product.id}/options/${glaze.id}`,
        alpha.owner
      )
      expect(removed.data).toMatchObject({
        id: glaze.id,
        object: "product_option",
        deleted: true,
      })
      expect(
        removed.data.parent.options.map((option: Option) => option.title)
      ).toEqual(["Size"])
      expect(removed.data.parent.variants).toHaveLength(2)
      const { data: after } = await api.get(
        `/vendor/products/${product.id}`,
        alpha.owner
      )
      expect(
        after.product.options.map((option: Option) => option.title)
      ).toEqual(["Size"])
    })

    it("creates a requested category under its parent or a requested type on acceptance, records it on the request and tells the seller either way", async () => {
      const container = getContainer()
      const { data: parent } = await api.post(
        "/admin/product-categories",
        { name: "Home", is_active: true },
        admin
      )
      for (const body of [
        { type: "product_category", payload: {} },
        {
          type: "product_category",
          payload: { name: "Mugs", seller_id: beta.seller.id },
        },
        { type: "product_type", payload: { name: "Vinyl" } },
        {
          type: "product_publication",
          payload: { product_id: alphaCatalog.productId },
        },
      ]) {
        const response = await failure(
          api.post("/vendor/requests", body, alpha.owner)
        )
        expect(response.status).toBe(400)
        expect(response.data.type).toBe("invalid_data")
      }
      const { data: categoryRequest } = await api.post(
        "/vendor/requests",
        {
          type: "product_category",
          payload: {
            name: "Mugs & cups",
            parent_category_id: parent.product_category.id,
            description: "Everything to drink from",
          },
        },
        alpha.owner
      )
      const { data: accepted } = await api.post(
        `/admin/requests/${categoryRequest.request.id}/accept`,
        { note: "Welcome" },
        admin
      )
      expect(accepted.request).toMatchObject({
        status: "accepted",
        resource_id: expect.stringMatching(/^pcat_/),
      })
      const { data: category } = await api.get(
        `/admin/product-categories/${accepted.request.resource_id}`,
        admin
      )
      expect(category.product_category).toMatchObject({
        name: "Mugs & cups",
        handle: "mugs-cups",
        parent_category_id: parent.product_category.id,
        description: "Everything to drink from",
        is_active: true,
      })
      const { data: ownView } = await api.get("/vendor/requests", {
        ...alpha.owner,
        params: { type: "product_category" },
      })
      expect(ownView.requests[0].resource_id).toBe(accepted.request.resource_id)

      const { data: typeRequest } = await api.post(
        "/vendor/requests",
        { type: "product_type", payload: { value: "Stoneware" } },
        alpha.owner
      )
      const { data: typeAccepted } = await api.post(
        `/admin/requests/${typeRequest.request.id}/accept`,
        {},
        admin
      )
      const { data: productType } = await api.get(
        `/admin/product-types/${typeAccepted.request.resource_id}`,
        admin
      )
      expect(productType.product_type.value).toBe("Stoneware")

      // A duplicate or an orphan cannot be accepted: the request stays pending for the admin to reject.
      const { data: duplicate } = await api.post(
        "/vendor/requests",
        { type: "product_type", payload: { value: "Stoneware" } },
        beta.owner
      )
      const refused = await failure(
        api.post(`/admin/requests/${duplicate.request.id}/accept`, {}, admin)
      )
      expect(refused.data).toEqual({
        type: "invalid_data",
        message: "A product type Stoneware already exists",
      })
      const { data: orphan } = await api.post(
        "/vendor/requests",
        {
          type: "product_category",
          payload: { name: "Lost", parent_category_id: "pcat_gone" },
        },
        beta.owner
      )
      expect(
        (
          await failure(
            api.post(`/admin/requests/${orphan.request.id}/accept`, {}, admin)
          )
        ).data.message
      ).toBe("Parent category with id: pcat_gone does not exist")
      const { data: rejected } = await api.post(
        `/admin/requests/${duplicate.request.id}/reject`,
        { note: "We have it already" },
        admin
      )
      expect(rejected.request).toMatchObject({
        status: "rejected",
        resource_id: null,
      })

      const notes = async (requestId: string, count: number) =>
        waitFor(async () => {
          const found = await listNotifications(container, {
            resource_id: requestId,
            template: ["request.accepted", "request.rejected"],
          })
          return found.length >= count && found
        })
      expect(
        (await notes(categoryRequest.request.id, 2))
          .map((n) => [n.channel, n.template, n.receiver_id])
          .sort()
      ).toEqual([
        ["email", "request.accepted", alpha.seller.id],
        ["feed", "request.accepted", alpha.seller.id],
      ])
      const rejection = await notes(duplicate.request.id, 2)
      expect(
        rejection
          .map((n) => [n.channel, n.template, n.receiver_id, n.data?.note])
          .sort()
      ).toEqual([
        ["email", "request.rejected", beta.seller.id, "We have it already"],
        ["feed", "request.rejected", beta.seller.id, "We have it already"],
      ])
      const feed = (await api.get("/vendor/notifications", beta.owner)).data
        .notifications
      expect(feed.map((n: { template: string }) => n.template)).toContain(
        "request.rejected"
      )
    })

    it("holds edits of a published product's presentation for review while prices and stock apply at once", async () => {
      const container = getContainer()
      const { productId, variantIds } = alphaCatalog
      const { data: category } = await api.post(
        "/admin/product-categories",
        { name: "Vases", is_active: true },
        admin
      )
      const { data: current } = await api.get(
        `/vendor/products/${productId}`,
        alpha.owner
      )
      expect(current.product.status).toBe("published")
      const option = current.product.options[0]

      const edit = {
        title: "Alpha amphora",
        description: "Thrown on the wheel",
        images: [{ url: "https://cdn.example.test/amphora.png" }],
        categories: [{ id: category.product_category.id }],
        options: [{ id: option.id, title: "Height" }],
        material: "clay",
        variants: [
          { id: variantIds[0], prices: [{ currency_code: "eur", amount: 22 }] },
        ],
      }
      const { data: held } = await api.post(
        `/vendor/products/${productId}`,
        edit,
        alpha.owner
      )
      expect(held.review).toEqual({
        request_id: expect.stringMatching(/^req_/),
        fields: ["title", "description", "images", "categories", "options"],
      })
      expect(held.publication).toBeNull()
      // Published values stay; what is not reviewed applied.
      expect(held.product).toMatchObject({
        title: "Alpha vase",
        material: "clay",
        categories: [],
      })
      expect(held.product.options[0].title).toBe(option.title)
      expect(
        held.product.variants.find((v: Variant) => v.id === variantIds[0])
          .prices[0].amount
      ).toBe(22)
      const store = async () =>
        (
          await api.get(`/store/products/${productId}`, {
            ...storefront.store,
            params: { fields: "+options.title" },
          })
        ).data.product
      expect((await store()).title).toBe("Alpha vase")
      const stock = await api.post(
        `/vendor/products/${productId}/variants/${variantIds[0]}/inventory`,
        { location_id: alphaCatalog.stockLocationId, stocked_quantity: 11 },
        alpha.owner
      )
      expect(stock.data.inventory_levels[0].stocked_quantity).toBe(11)

      // A second edit joins the pending request; unchanged values are no change.
      const { data: joined } = await api.post(
        `/vendor/products/${productId}`,
        { subtitle: "Large", title: "Alpha vase" },
        alpha.owner
      )
      expect(joined.review).toEqual({
        request_id: held.review.request_id,
        fields: ["subtitle"],
      })
      const { data: pending } = await api.get("/vendor/requests", {
        ...alpha.owner,
        params: { type: "product_update", status: "pending" },
      })
      expect(pending.count).toBe(1)
      expect(pending.requests[0].payload).toMatchObject({
        product_id: productId,
        title: "Alpha vase",
        changes: {
          title: "Alpha amphora",
          subtitle: "Large",
          categories: [{ id: category.product_category.id }],
        },
      })
      const adminNote = await waitFor(
        async () =>
          (
            await listNotifications(container, {
              resource_id: held.review.request_id,
              template: "request.created",
            })
          ).length > 0
      )
      expect(adminNote).toBe(true)

      const { data: accepted } = await api.post(
        `/admin/requests/${held.review.request_id}/accept`,
        {},
        admin
      )
      expect(accepted.request).toMatchObject({
        status: "accepted",
        resource_id: productId,
      })
      const applied = await store()
      expect(applied).toMatchObject({
        title: "Alpha amphora",
        subtitle: "Large",
        description: "Thrown on the wheel",
      })
      expect(applied.options[0].title).toBe("Height")
      const { data: vendorView } = await api.get(
        `/vendor/products/${productId}`,
        alpha.owner
      )
      expect(vendorView.product.categories.map((c: Named) => c.id)).toEqual([
        category.product_category.id,
      ])
      expect(
        vendorView.product.images.map((i: { url: string }) => i.url)
      ).toEqual(["https://cdn.example.test/amphora.png"])

      // Rejected: the product stays as it is and the seller is told.
      const { data: next } = await api.post(
        `/vendor/products/${productId}`,
        { title: "Alpha urn" },
        alpha.owner
      )
      await api.post(
        `/admin/requests/${next.review.request_id}/reject`,
        { note: "Misleading title" },
        admin
      )
      expect((await store()).title).toBe("Alpha amphora")
      const told = await waitFor(async () => {
        const found = await listNotifications(container, {
          resource_id: next.review.request_id,
          template: "request.rejected",
        })
        return found.length >= 2 && found
      })
      expect(told.map((n) => n.receiver_id)).toEqual([
        alpha.seller.id,
        alpha.seller.id,
      ])

      // Unpublished products take every change at once; another seller's option is refused.
      const { data: draft } = await api.post(
        `/vendor/products/${productId}`,
        { status: "draft", title: "Alpha jar" },
        alpha.owner
      )
      expect(draft).toMatchObject({
        review: null,
        product: { status: "draft", title: "Alpha jar" },
      })
      const betaOption = (
        await api.get(`/vendor/products/${betaCatalog.productId}`, beta.owner)
      ).data.product.options[0]
      const foreignOption = await failure(
        api.post(
          `/vendor/products/${productId}`,
          { options: [{ id: betaOption.id, title: "Mine" }] },
          alpha.owner
        )
      )
      expect(foreignOption.status).toBe(400)
    })

    it("edits and deletes the seller's own stock locations and shipping options; a location holding reserved stock stays", async () => {
      const container = getContainer()
      const { stockLocationId, shippingOptionId } = alphaCatalog
      const { data: renamed } = await api.post(
        `/vendor/stock-locations/${stockLocationId}`,
        {
          name: "Alpha main depot",
          address: {
            address_1: "Kiln road 1",
            city: "Delft",
            country_code: "nl",
          },
        },
        alpha.owner
      )
      expect(renamed.stock_location).toMatchObject({
        name: "Alpha main depot",
        address: expect.objectContaining({ city: "Delft" }),
      })
      const { data: repriced } = await api.post(
        `/vendor/shipping-options/${shippingOptionId}`,
        {
          name: "Alpha express",
          prices: [{ currency_code: "eur", amount: 9.5 }],
        },
        alpha.owner
      )
      expect(repriced.shipping_option).toMatchObject({
        name: "Alpha express",
        prices: [
          expect.objectContaining({ currency_code: "eur", amount: 9.5 }),
        ],
      })

      for (const request of [
        () =>
          api.post(
            `/vendor/stock-locations/${stockLocationId}`,
            { name: "Taken" },
            beta.owner
          ),
        () =>
          api.delete(`/vendor/stock-locations/${stockLocationId}`, beta.owner),
        () =>
          api.post(
            `/vendor/shipping-options/${shippingOptionId}`,
            { name: "Taken" },
            beta.owner
          ),
        () =>
          api.delete(
            `/vendor/shipping-options/${shippingOptionId}`,
            beta.owner
          ),
      ]) {
        const response = await failure(request())
        expect(response.status).toBe(404)
        expect(JSON.stringify(response.data)).not.toContain("Alpha")
      }
      for (const [path, body] of [
        [`/vendor/stock-locations/${stockLocationId}`, { name: "" }],
        [
          `/vendor/stock-locations/${stockLocationId}`,
          { seller_id: beta.seller.id },
        ],
        [`/vendor/shipping-options/${shippingOptionId}`, { prices: [] }],
        [
          `/vendor/shipping-options/${shippingOptionId}`,
          { service_zone_id: "serzo_x" },
        ],
      ] as const) {
        expect((await failure(api.post(path, body, alpha.owner))).status).toBe(
          400
        )
      }

      // An open order's reservation keeps the location; once canceled, it goes with its options and stock.
      const order = await placeSellerOrder(
        container,
        storefront,
        alpha.seller.id,
        alphaCatalog,
        { quantity: 2 }
      )
      const blocked = await failure(
        api.delete(`/vendor/stock-locations/${stockLocationId}`, alpha.owner)
      )
      expect(blocked.status).toBe(400)
      expect(blocked.data.message).toMatch(/still holds 4 reserved units/)
      await api.post(`/vendor/orders/${order.id}/cancel`, {}, alpha.owner)

      const { data: spare } = await api.post(
        "/vendor/shipping-options",
        {
          name: "Alpha spare",
          stock_location_id: stockLocationId,
          prices: [{ currency_code: "eur", amount: 3 }],
        },
        alpha.owner
      )
      expect(
        (
          await api.delete(
            `/vendor/shipping-options/${spare.shipping_option.id}`,
            alpha.owner
          )
        ).data
      ).toEqual({
        id: spare.shipping_option.id,
        object: "shipping_option",
        deleted: true,
      })
      expect(
        (
          await failure(
            api.get(
              `/vendor/shipping-options/${spare.shipping_option.id}`,
              alpha.owner
            )
          )
        ).status
      ).toBe(404)

      expect(
        (
          await api.delete(
            `/vendor/stock-locations/${stockLocationId}`,
            alpha.owner
          )
        ).data
      ).toEqual({
        id: stockLocationId,
        object: "stock_location",
        deleted: true,
      })
      expect(
        (await api.get("/vendor/stock-locations", alpha.owner)).data.count
      ).toBe(0)
      expect(
        (await api.get("/vendor/shipping-options", alpha.owner)).data.count
      ).toBe(0)
      expect(
        await levelsOf(
          alphaCatalog.productId,
          alphaCatalog.variantIds[0],
          alpha.owner
        )
      ).toEqual([])
      expect(
        (await api.get("/vendor/stock-locations", beta.owner)).data.count
      ).toBe(1)
    })
  },
})
