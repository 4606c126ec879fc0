import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { SELLER_MODULE } from "../../src/modules/seller"
import type { StoreCartShippingOptionsResponse } from "../../src/types/http"
import { failure } from "../utils/http"
import {
  createMarketplace,
  MarketplaceFixture,
  SellerFixture,
  SHIPPING_ADDRESS,
} from "../utils/marketplace-builder"
import { CartLine, linesOf, readCart } from "../utils/store-cart"

jest.setTimeout(120 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    let marketplace: MarketplaceFixture
    let alpha: SellerFixture
    let beta: SellerFixture
    let gamma: SellerFixture

    beforeAll(async () => {
      marketplace = await createMarketplace(getContainer())
      ;[alpha, beta, gamma] = marketplace.sellers
    })

    const newCart = async (lines: CartLine[]): Promise<string> => {
      const {
        data: { cart },
      } = await api.post(
        "/store/carts",
        {
          region_id: marketplace.regionId,
          email: "shopper@example.test",
          shipping_address: SHIPPING_ADDRESS,
        },
        marketplace.store
      )
      for (const line of lines) {
        await api.post(
          `/store/carts/${cart.id}/line-items`,
          line,
          marketplace.store
        )
      }
      return cart.id as string
    }
    const shippingOptions = async (
      cartId: string
    ): Promise<StoreCartShippingOptionsResponse> =>
      (
        await api.get(
          `/store/shipping-options?cart_id=${cartId}`,
          marketplace.store
        )
      ).data
    const addShippingMethod = (cartId: string, optionId: string) =>
      api.post(
        `/store/carts/${cartId}/shipping-methods`,
        { option_id: optionId },
        marketplace.store
      )

    /** Another option of `seller`, in a shipping profile of its own when `ownProfile`. */
    const createExtraOption = async (
      seller: SellerFixture,
      name: string,
      ownProfile: boolean
    ): Promise<string> => {
      const container = getContainer()
      const [existing] = await container
        .resolve(Modules.FULFILLMENT)
        .listShippingOptions({ id: seller.shippingOptionId })
      let profileId = seller.shippingProfileId
      if (ownProfile) {
        const { result } = await createShippingProfilesWorkflow(container).run({
          input: { data: [{ name: `${name} profile`, type: "default" }] },
        })
        profileId = result[0].id
      }
      const { result } = await createShippingOptionsWorkflow(container).run({
        input: [
          {
            name,
            service_zone_id: existing.service_zone_id,
            shipping_profile_id: profileId,
            provider_id: "manual_manual",
            price_type: "flat" as const,
            type: { label: name, description: "1 day", code: "express" },
            prices: [{ currency_code: "eur", amount: 9.9 }],
            rules: [
              {
                attribute: "enabled_in_store",
                operator: "eq" as const,
                value: "true",
              },
              {
                attribute: "is_return",
                operator: "eq" as const,
                value: "false",
              },
            ],
          },
        ],
      })
      await container.resolve(ContainerRegistrationKeys.LINK).create({
        [SELLER_MODULE]: { seller_id: seller.id },
        [Modules.FULFILLMENT]: { shipping_option_id: result[0].id },
      })
      return result[0].id
    }

    it("lists only the options of the sellers with items in the cart, each with its seller", async () => {
      const cartId = await newCart([...linesOf(alpha), ...linesOf(gamma)])

      const body = await shippingOptions(cartId)

      expect(
        body.shipping_options.map((option) => [option.id, option.seller_id])
      ).toEqual(
        expect.arrayContaining([
          [alpha.shippingOptionId, alpha.id],
          [gamma.shippingOptionId, gamma.id],
        ])
      )
      expect(body.shipping_options).toHaveLength(2)
      expect(body.shipping_options.map((option) => option.id)).not.toContain(
        beta.shippingOptionId
      )
      // Sellers in the order their items first appear, each with its options.
      expect(body.sellers).toEqual([
        {
          id: alpha.id,
          name: alpha.name,
          shipping_option_ids: [alpha.shippingOptionId],
        },
        {
          id: gamma.id,
          name: gamma.name,
          shipping_option_ids: [gamma.shippingOptionId],
        },
      ])
    })

    it("refuses a shipping method of a seller without items in the cart when it is added", async () => {
      const cartId = await newCart(linesOf(alpha))

      const response = await failure(
        addShippingMethod(cartId, beta.shippingOptionId)
      )

      expect(response.status).toBe(400)
      expect(response.data).toEqual({
        type: "invalid_data",
        message: `Shipping option ${beta.shippingOptionId} does not belong to a seller of the cart's items; choose one listed by GET /store/shipping-options?cart_id=${cartId}`,
      })
      expect(
        (await readCart(api, marketplace, cartId)).shipping_methods
      ).toEqual([])
      // The seller's own option is accepted.
      await addShippingMethod(cartId, alpha.shippingOptionId)
      expect(
        (await readCart(api, marketplace, cartId)).shipping_methods.map(
          (method) => method.shipping_option_id
        )
      ).toEqual([alpha.shippingOptionId])
    })

    it("replaces a seller's method when another of its options is picked, and refuses a second method of the same seller", async () => {
      const cartId = await newCart(linesOf(beta))
      const sameProfile = await createExtraOption(beta, "Beta express", false)
      const otherProfile = await createExtraOption(beta, "Beta courier", true)

      await addShippingMethod(cartId, beta.shippingOptionId)
      await addShippingMethod(cartId, sameProfile)
      expect(
        (await readCart(api, marketplace, cartId)).shipping_methods.map(
          (method) => method.shipping_option_id
        )
      ).toEqual([sameProfile])

      const response = await failure(addShippingMethod(cartId, otherProfile))
      expect(response.status).toBe(400)
      expect(response.data).toEqual({
        type: "invalid_data",
        message: `Seller "${beta.name}" (${beta.id}) would have two shipping methods (${sameProfile}, ${otherProfile}); a cart has one shipping method per seller`,
      })
      expect(
        (await readCart(api, marketplace, cartId)).shipping_methods.map(
          (method) => method.shipping_option_id
        )
      ).toEqual([sameProfile])
    })

    it("removes a seller's shipping method with its last item", async () => {
      const cartId = await newCart([...linesOf(alpha), ...linesOf(gamma)])
      await addShippingMethod(cartId, alpha.shippingOptionId)
      const cart = await readCart(api, marketplace, cartId)
      const alphaItems = cart.items.filter((item) =>
        alpha.variants.some((variant) => variant.id === item.variant_id)
      )
      expect(alphaItems.length).toBeGreaterThan(1)

      // Removing one of two items keeps the method; the last one takes it along.
      await api.delete(
        `/store/carts/${cartId}/line-items/${alphaItems[0].id}`,
        marketplace.store
      )
      expect(
        (await readCart(api, marketplace, cartId)).shipping_methods
      ).toHaveLength(1)
      const { data } = await api.delete(
        `/store/carts/${cartId}/line-items/${alphaItems[1].id}`,
        marketplace.store
      )
      expect(data.parent.shipping_methods).toEqual([])
      const after = await readCart(api, marketplace, cartId)
      expect(after.shipping_methods).toEqual([])
      expect(after.shipping_total).toBe(0)
      // Gamma's items stay, and its option can be chosen.
      await addShippingMethod(cartId, gamma.shippingOptionId)
    })

    it("says per seller when a seller has no option for the cart's address", async () => {
      // Gamma ships only to France from now on (last test: it changes the fixture).
      const fulfillment = getContainer().resolve(Modules.FULFILLMENT)
      const [option] = await fulfillment.listShippingOptions({
        id: gamma.shippingOptionId,
      })
      await fulfillment.updateServiceZones(option.service_zone_id, {
        geo_zones: [{ type: "country", country_code: "fr" }],
      })
      const cartId = await newCart([...linesOf(alpha), ...linesOf(gamma)])

      const body = await shippingOptions(cartId)

      expect(body.shipping_options.map((option) => option.id)).toEqual([
        alpha.shippingOptionId,
      ])
      expect(body.sellers).toEqual([
        {
          id: alpha.id,
          name: alpha.name,
          shipping_option_ids: [alpha.shippingOptionId],
        },
        { id: gamma.id, name: gamma.name, shipping_option_ids: [] },
      ])
    })
  },
})
