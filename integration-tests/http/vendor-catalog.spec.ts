import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"
import { Headers, registerSeller } from "../utils/sellers"
import { createStorefront, Storefront } from "../utils/marketplace-builder"
import {
  createSellerCatalog,
  openSeller,
  productBody,
  VENDOR_STOREFRONT,
} from "../utils/vendor-catalog"

jest.setTimeout(180 * 1000)

type Product = { id: string; status: string; seller?: Record<string, unknown> }

/** PRODUCT_APPROVAL=manual (the default): publication goes through a request. */
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let admin: Headers
    let storefront: Storefront
    beforeEach(async () => {
      admin = await createAdminSession(getContainer(), api)
      storefront = await createStorefront(getContainer(), VENDOR_STOREFRONT)
    })

    const storeProductIds = async (): Promise<string[]> => {
      const { data } = await api.get("/store/products", {
        ...storefront.store,
        params: { limit: 100 },
      })
      return data.products.map((p: Product) => p.id)
    }

    describe("vendor products", () => {
      it("creates drafts with a publication request, publishes on acceptance and shows the seller in the store", async () => {
        const alpha = await openSeller(api, admin, "Alpha Atelier")

        const created = await api.post(
          "/vendor/products",
          productBody("Wool scarf", [25, 30]),
          alpha.owner
        )
        expect(created.status).toBe(201)
        const product = created.data.product
        expect(product).toMatchObject({ title: "Wool scarf", status: "draft" })
        expect(product.variants).toHaveLength(2)
        const prices = product.variants.map(
          (v: { prices: { currency_code: string; amount: number }[] }) =>
            v.prices[0]
        )
        expect(prices.map((p: { amount: number }) => p.amount).sort()).toEqual([
          25, 30,
        ])
        expect(
          prices.every(
            (p: { currency_code: string }) => p.currency_code === "eur"
          )
        ).toBe(true)
        expect(product.images[0].url).toMatch(/^https:\/\/cdn\.example\.test\//)

        const { data: pending } = await api.get("/vendor/requests", {
          ...alpha.owner,
          params: { type: "product_publication" },
        })
        expect(pending.requests).toEqual([
          expect.objectContaining({
            status: "pending",
            payload: expect.objectContaining({ product_id: product.id }),
          }),
        ])
        expect(await storeProductIds()).not.toContain(product.id)
        expect(
          (
            await failure(
              api.get(`/store/products/${product.id}`, storefront.store)
            )
          ).status
        ).toBe(404)

        // Asking again does not file a second request, and the product stays a draft.
        const again = await api.post(
          `/vendor/products/${product.id}`,
          { status: "published" },
          alpha.owner
        )
        expect(again.data.product.status).toBe("draft")
        expect(again.data.publication).toEqual({
          outcome: "requested",
          request_id: pending.requests[0].id,
        })

        await api.post(
          `/admin/requests/${pending.requests[0].id}/accept`,
          {},
          admin
        )
        const published = await api.get(
          `/vendor/products/${product.id}`,
          alpha.owner
        )
        expect(published.data.product.status).toBe("published")

        const { data: list } = await api.get("/store/products", {
          ...storefront.store,
          params: { fields: "+seller.*" },
        })
        const listed = list.products.find((p: Product) => p.id === product.id)
        expect(listed.seller).toMatchObject({
          id: alpha.seller.id,
          name: "Alpha Atelier",
          handle: "alpha-atelier",
        })
        expect(listed.seller.email).toBeUndefined()
        expect(listed.seller.status).toBeUndefined()
        const { data: one } = await api.get(`/store/products/${product.id}`, {
          ...storefront.store,
          params: { fields: "+seller.*" },
        })
        expect(one.product.seller.id).toBe(alpha.seller.id)

        const { data: sellerPage } = await api.get(
          "/store/sellers/alpha-atelier",
          storefront.store
        )
        expect(sellerPage.seller.products.map((p: Product) => p.id)).toEqual([
          product.id,
        ])

        // Unpublishing is immediate; deleting removes it everywhere.
        const unpublished = await api.post(
          `/vendor/products/${product.id}`,
          { status: "draft" },
          alpha.owner
        )
        expect(unpublished.data.product.status).toBe("draft")
        expect(await storeProductIds()).not.toContain(product.id)
        const deleted = await api.delete(
          `/vendor/products/${product.id}`,
          alpha.owner
        )
        expect(deleted.data).toEqual({
          id: product.id,
          object: "product",
          deleted: true,
        })
        expect(
          (
            await failure(
              api.get(`/vendor/products/${product.id}`, alpha.owner)
            )
          ).status
        ).toBe(404)
      })

      it("keeps every product route to the seller's own products", async () => {
        const alpha = await openSeller(api, admin, "Alpha Goods")
        const beta = await openSeller(api, admin, "Beta Goods")
        const a = (
          await api.post(
            "/vendor/products",
            productBody("Alpha mug"),
            alpha.owner
          )
        ).data.product
        const b = (
          await api.post(
            "/vendor/products",
            productBody("Beta mug"),
            beta.owner
          )
        ).data.product

        const betaList = await api.get("/vendor/products", beta.owner)
        expect(betaList.data).toMatchObject({ count: 1, limit: 20, offset: 0 })
        expect(betaList.data.products.map((p: Product) => p.id)).toEqual([b.id])

        for (const request of [
          () => api.get(`/vendor/products/${a.id}`, beta.owner),
          () =>
            api.post(
              `/vendor/products/${a.id}`,
              { title: "Stolen" },
              beta.owner
            ),
          () =>
            api.post(
              `/vendor/products/${a.id}`,
              { status: "published" },
              beta.owner
            ),
          () => api.delete(`/vendor/products/${a.id}`, beta.owner),
          () =>
            api.get(
              `/vendor/products/${a.id}/variants/${a.variants[0].id}/inventory`,
              beta.owner
            ),
        ]) {
          const response = await failure(request())
          expect(response.status).toBe(404)
          expect(response.data).toEqual({
            type: "not_found",
            message: expect.any(String),
          })
          expect(JSON.stringify(response.data)).not.toContain("Alpha mug")
        }
        expect(
          (await api.get(`/vendor/products/${a.id}`, alpha.owner)).data.product
            .title
        ).toBe("Alpha mug")

        // Another product's variant or image cannot be pulled into one's own product.
        const hijack = await failure(
          api.post(
            `/vendor/products/${b.id}`,
            { variants: [{ id: a.variants[0].id, title: "mine" }] },
            beta.owner
          )
        )
        expect(hijack.status).toBe(400)
        const image = await failure(
          api.post(
            `/vendor/products/${b.id}`,
            { images: [{ id: a.images[0].id, url: "https://x.test/a.png" }] },
            beta.owner
          )
        )
        expect(image.status).toBe(400)
        const alphaProduct = (
          await api.get(`/vendor/products/${a.id}`, alpha.owner)
        ).data.product
        expect(alphaProduct.variants.map((v: { id: string }) => v.id)).toEqual([
          a.variants[0].id,
        ])
      })

      it("refuses seller ids, direct publication and malformed bodies with 4xx", async () => {
        const alpha = await openSeller(api, admin, "Strict Shop")
        const other = await openSeller(api, admin, "Other Shop")
        const bad = [
          { ...productBody("With seller"), seller_id: other.seller.id },
          { ...productBody("Published"), status: "published" },
          {
            ...productBody("Channels"),
            sales_channels: [{ id: storefront.salesChannelId }],
          },
          { ...productBody("No variants"), variants: [] },
          { title: "No options", variants: productBody("x").variants },
          {
            ...productBody("Bad price"),
            variants: [
              {
                ...productBody("x").variants[0],
                prices: [{ currency_code: "eur", amount: "ten" }],
              },
            ],
          },
          {
            ...productBody("Inventory link"),
            variants: [
              {
                ...productBody("x").variants[0],
                inventory_items: [
                  { inventory_item_id: "iitem_1", required_quantity: 1 },
                ],
              },
            ],
          },
        ]
        for (const body of bad) {
          const response = await failure(
            api.post("/vendor/products", body, alpha.owner)
          )
          expect(response.status).toBe(400)
          expect(response.data).toEqual({
            type: "invalid_data",
            message: expect.any(String),
          })
        }
        const product = (
          await api.post("/vendor/products", productBody("Fine"), alpha.owner)
        ).data.product
        for (const body of [
          { seller_id: other.seller.id },
          { status: "proposed" },
          { status: "rejected" },
          { shipping_profile_id: "sp_1" },
        ]) {
          const response = await failure(
            api.post(`/vendor/products/${product.id}`, body, alpha.owner)
          )
          expect(response.status).toBe(400)
        }
        expect(
          (await api.get(`/vendor/products/${product.id}`, alpha.owner)).data
            .product.status
        ).toBe("draft")
        const { data: links } = await api.get("/vendor/products", other.owner)
        expect(links.count).toBe(0)
        expect(
          (
            await failure(
              api.get("/vendor/products", {
                params: { limit: "many" },
                ...alpha.owner,
              })
            )
          ).status
        ).toBe(400)
      })

      it("lets a pending seller keep drafts but not publish, and hides products of sellers that are not open", async () => {
        const pending = await registerSeller(api, "Waiting Wares")
        const draft = await api.post(
          "/vendor/products",
          productBody("Waiting vase"),
          pending.owner
        )
        expect(draft.status).toBe(201)
        expect(draft.data.product.status).toBe("draft")
        const { data: noRequests } = await api.get("/vendor/requests", {
          ...pending.owner,
          params: { type: "product_publication" },
        })
        expect(noRequests.requests).toEqual([])
        const publish = await failure(
          api.post(
            `/vendor/products/${draft.data.product.id}`,
            { status: "published" },
            pending.owner
          )
        )
        expect(publish.status).toBe(403)
        expect(publish.data.message).toMatch(/pending_approval/)

        const open = await openSeller(api, admin, "Suspended Soon")
        const catalog = await createSellerCatalog(api, admin, open, {
          title: "Soon lamp",
        })
        expect(await storeProductIds()).toContain(catalog.productId)

        await api.post(
          `/admin/sellers/${open.seller.id}/suspend`,
          { reason: "Counterfeits" },
          admin
        )
        expect(await storeProductIds()).not.toContain(catalog.productId)
        const hidden = await failure(
          api.get(`/store/products/${catalog.productId}`, storefront.store)
        )
        expect(hidden.status).toBe(404)
        const byId = await api.get("/store/products", {
          ...storefront.store,
          params: { id: [catalog.productId] },
        })
        expect(byId.data.products).toEqual([])
        const write = await failure(
          api.post(
            `/vendor/products/${catalog.productId}`,
            { title: "x" },
            open.owner
          )
        )
        expect(write.status).toBe(403)

        await api.post(`/admin/sellers/${open.seller.id}/reinstate`, {}, admin)
        expect(await storeProductIds()).toContain(catalog.productId)
      })
    })

    describe("stock locations, inventory and shipping options", () => {
      it("are the seller's own, in its own service zone, and invisible to other sellers", async () => {
        const alpha = await openSeller(api, admin, "Alpha Stock")
        const beta = await openSeller(api, admin, "Beta Stock")

        const created = await api.post(
          "/vendor/stock-locations",
          {
            name: "Alpha depot",
            address: {
              address_1: "Hauptstr. 1",
              country_code: "de",
              city: "Berlin",
            },
          },
          alpha.owner
        )
        expect(created.status).toBe(201)
        const location = created.data.stock_location
        expect(location.fulfillment_sets).toHaveLength(1)
        expect(location.fulfillment_sets[0].type).toBe("shipping")
        expect(location.fulfillment_sets[0].service_zones).toHaveLength(1)
        const countries =
          location.fulfillment_sets[0].service_zones[0].geo_zones.map(
            (zone: { country_code: string }) => zone.country_code
          )
        expect(countries.sort()).toEqual(["de", "fr"])
        const option = await api.post(
          "/vendor/shipping-options",
          {
            name: "Alpha parcel",
            stock_location_id: location.id,
            prices: [{ currency_code: "eur", amount: 4.5 }],
          },
          alpha.owner
        )
        expect(option.status).toBe(201)
        expect(option.data.shipping_option).toMatchObject({
          name: "Alpha parcel",
          provider_id: "manual_manual",
          price_type: "flat",
          prices: [
            expect.objectContaining({ currency_code: "eur", amount: 4.5 }),
          ],
        })

        const product = (
          await api.post(
            "/vendor/products",
            productBody("Alpha jar"),
            alpha.owner
          )
        ).data.product
        const variant = product.variants[0].id
        const stocked = await api.post(
          `/vendor/products/${product.id}/variants/${variant}/inventory`,
          { location_id: location.id, stocked_quantity: 7 },
          alpha.owner
        )
        expect(stocked.data.inventory_levels).toEqual([
          expect.objectContaining({
            location_id: location.id,
            stocked_quantity: 7,
          }),
        ])
        const restocked = await api.post(
          `/vendor/products/${product.id}/variants/${variant}/inventory`,
          { location_id: location.id, stocked_quantity: 9 },
          alpha.owner
        )
        expect(restocked.data.inventory_levels).toEqual([
          expect.objectContaining({ stocked_quantity: 9 }),
        ])

        // Beta sees none of it and cannot use any of it.
        expect(
          (await api.get("/vendor/stock-locations", beta.owner)).data
        ).toMatchObject({ stock_locations: [], count: 0 })
        expect(
          (await api.get("/vendor/shipping-options", beta.owner)).data
        ).toMatchObject({ shipping_options: [], count: 0 })
        const betaLocation = (
          await api.post(
            "/vendor/stock-locations",
            { name: "Beta depot" },
            beta.owner
          )
        ).data.stock_location
        const betaProduct = (
          await api.post(
            "/vendor/products",
            productBody("Beta jar"),
            beta.owner
          )
        ).data.product
        for (const request of [
          () => api.get(`/vendor/stock-locations/${location.id}`, beta.owner),
          () =>
            api.get(
              `/vendor/shipping-options/${option.data.shipping_option.id}`,
              beta.owner
            ),
          () =>
            api.post(
              "/vendor/shipping-options",
              {
                name: "Sneaky",
                stock_location_id: location.id,
                prices: [{ currency_code: "eur", amount: 1 }],
              },
              beta.owner
            ),
          () =>
            api.post(
              `/vendor/products/${product.id}/variants/${variant}/inventory`,
              { location_id: betaLocation.id, stocked_quantity: 0 },
              beta.owner
            ),
          () =>
            api.post(
              `/vendor/products/${betaProduct.id}/variants/${betaProduct.variants[0].id}/inventory`,
              { location_id: location.id, stocked_quantity: 100 },
              beta.owner
            ),
          () =>
            api.post(
              `/vendor/products/${betaProduct.id}/variants/${variant}/inventory`,
              { location_id: betaLocation.id, stocked_quantity: 1 },
              beta.owner
            ),
        ]) {
          const response = await failure(request())
          expect(response.status).toBe(404)
          expect(response.data.type).toBe("not_found")
        }
        const alphaLevels = await api.get(
          `/vendor/products/${product.id}/variants/${variant}/inventory`,
          alpha.owner
        )
        expect(alphaLevels.data.inventory_levels).toEqual([
          expect.objectContaining({ stocked_quantity: 9 }),
        ])

        for (const [path, body] of [
          [
            "/vendor/stock-locations",
            { name: "With seller", seller_id: alpha.seller.id },
          ],
          ["/vendor/stock-locations", {}],
          [
            "/vendor/shipping-options",
            { name: "x", stock_location_id: betaLocation.id, prices: [] },
          ],
          [
            "/vendor/shipping-options",
            {
              name: "x",
              stock_location_id: betaLocation.id,
              prices: [{ currency_code: "eur", amount: 1 }],
              seller_id: alpha.seller.id,
            },
          ],
          [
            "/vendor/shipping-options",
            {
              name: "x",
              stock_location_id: betaLocation.id,
              prices: [{ currency_code: "eur", amount: 1 }],
              provider_id: "x",
            },
          ],
          [
            `/vendor/products/${betaProduct.id}/variants/${betaProduct.variants[0].id}/inventory`,
            { location_id: betaLocation.id, stocked_quantity: -1 },
          ],
        ] as const) {
          const response = await failure(api.post(path, body, beta.owner))
          expect(response.status).toBe(400)
          expect(response.data).toEqual({
            type: "invalid_data",
            message: expect.any(String),
          })
        }
      })
    })
  },
})
