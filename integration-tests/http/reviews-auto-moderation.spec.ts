import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosInstance } from "axios"
import { createAdminSession } from "../utils/admin"
import { readableHttpErrors } from "../utils/http"
import { createMarketplace } from "../utils/marketplace-builder"
import { recordEvents } from "../utils/record-events"
import { customerOrder, shopperOf } from "../utils/reviews"
import { ownerLogin } from "../utils/seller-login"
import { settleBackgroundWork } from "../utils/settle"
import { createCustomerSession } from "../utils/store-cart"
import type {
  StoreCustomerReviewResponse,
  StoreReviewListResponse,
  StoreSellerResponse,
} from "../../src/types/http"

jest.setTimeout(300 * 1000)

const RATINGS = [5, 4, 4, 3, 5, 2, 5, 1]

// REVIEW_MODERATION is not set: the default, `auto`, publishes every review at once.
medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: untypedApi, getContainer, utils }) => {
    const api = untypedApi as AxiosInstance
    beforeAll(() => readableHttpErrors(api))
    afterEach(() => settleBackgroundWork(utils))

    it("publishes at once and keeps the rating exact under concurrent reviews of one product", async () => {
      const container = getContainer()
      const events = recordEvents(container, [
        "review.created",
        "review.published",
      ])
      await createAdminSession(container, api)
      const marketplace = await createMarketplace(container, [
        {
          name: "Gamma Goods",
          shippingPrice: 5,
          products: [{ title: "Gamma mug", prices: [9.5] }],
        },
      ])
      const [gamma] = marketplace.sellers
      const owner = await ownerLogin(api, container, gamma.id, "o@gamma.test")
      const product = gamma.productIds[0]
      const shoppers = await Promise.all(
        RATINGS.map(async (_, index) =>
          shopperOf(
            api,
            await createCustomerSession(
              api,
              marketplace,
              `buyer${index}@example.test`
            )
          )
        )
      )
      const orders: { id: string }[] = []
      for (const shopper of shoppers) {
        orders.push(
          await customerOrder(
            api,
            container,
            marketplace,
            gamma,
            owner,
            shopper
          )
        )
      }
      // Warm the cache with the empty rating, so a stale entry would show.
      const before = await api.get<StoreReviewListResponse>(
        `/store/products/${product}/reviews`,
        marketplace.store
      )
      expect(before.data.rating).toEqual({ average: 0, count: 0 })
      const { data: beforeProduct } = await api.get(
        `/store/products/${product}?fields=id,+review_rating`,
        marketplace.store
      )
      expect(beforeProduct.product.review_rating).toEqual({
        average: 0,
        count: 0,
      })

      const created = await Promise.all(
        shoppers.map((shopper, index) =>
          api.post<StoreCustomerReviewResponse>(
            "/store/reviews",
            {
              reference: "product",
              reference_id: product,
              order_id: orders[index].id,
              rating: RATINGS[index],
            },
            shopper.session
          )
        )
      )
      expect(created.map((res) => res.data.review.status)).toEqual(
        RATINGS.map(() => "published")
      )
      const average =
        Math.round(
          (RATINGS.reduce((sum, rating) => sum + rating, 0) / RATINGS.length) *
            100
        ) / 100
      const after = await api.get<StoreReviewListResponse>(
        `/store/products/${product}/reviews?limit=3`,
        marketplace.store
      )
      expect(after.data.rating).toEqual({ average, count: RATINGS.length })
      expect(after.data).toMatchObject({ count: RATINGS.length, limit: 3 })
      const times = after.data.reviews.map((review) =>
        new Date(review.created_at).getTime()
      )
      expect([...times].sort((a, b) => b - a)).toEqual(times)

      // The product field the store routes return on request, not stale from Medusa's
      // cached product query (the same request was answered before the reviews).
      const { data: withRating } = await api.get(
        `/store/products/${product}?fields=id,+review_rating`,
        marketplace.store
      )
      expect(withRating.product.review_rating).toEqual({
        average,
        count: RATINGS.length,
      })
      const { data: listed } = await api.get(
        `/store/products?id=${product}&fields=id,+review_rating`,
        marketplace.store
      )
      expect(listed.products[0].review_rating).toEqual({
        average,
        count: RATINGS.length,
      })

      // A seller review is published at once and shows on the seller's page.
      await api.post(
        "/store/reviews",
        {
          reference: "seller",
          reference_id: gamma.id,
          order_id: orders[0].id,
          rating: 4,
          title: "Quick shipping",
        },
        shoppers[0].session
      )
      const seller = await api.get<StoreSellerResponse>(
        `/store/sellers/${gamma.handle}`,
        marketplace.store
      )
      expect(seller.data.seller.rating).toEqual({ average: 4, count: 1 })

      await events.waitFor("review.created", RATINGS.length + 1)
      await events.waitFor("review.published", RATINGS.length + 1)
    })
  },
})
