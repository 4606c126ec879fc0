import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { createAdminSession } from "../utils/admin"
import { withAppEnv } from "../utils/app-env"
import { failure, readableHttpErrors } from "../utils/http"
import { createMarketplace, SellerSpec } from "../utils/marketplace-builder"
import { customerOrder, Shopper, shopperOf } from "../utils/reviews"
import { ownerLogin } from "../utils/seller-login"
import { listNotifications } from "../utils/sellers"
import { settleBackgroundWork } from "../utils/settle"
import { createCustomerSession } from "../utils/store-cart"
import { waitFor } from "../utils/wait-for"
import type {
  AdminReviewListResponse,
  AdminReviewResponse,
  StoreCustomerReviewListResponse,
  StoreCustomerReviewResponse,
  StoreReviewListResponse,
  StoreSellerResponse,
  VendorRequestResponse,
  VendorReviewListResponse,
  VendorReviewResponse,
} from "../../src/types/http"

jest.setTimeout(300 * 1000)

// Manual moderation: a review waits for an admin (auto mode: reviews-auto-moderation.spec.ts).
withAppEnv(() => ({ REVIEW_MODERATION: "manual" }))

const SELLERS: SellerSpec[] = [
  {
    name: "Alpha Atelier",
    shippingPrice: 4.95,
    products: [{ title: "Alpha scarf", prices: [19.99, 24.49] }],
  },
  {
    name: "Beta Bindery",
    shippingPrice: 3.5,
    products: [{ title: "Beta notebook", prices: [12.37] }],
  },
]

async function reviewWorld(api: AxiosInstance, container: MedusaContainer) {
  const admin = await createAdminSession(container, api)
  const marketplace = await createMarketplace(container, SELLERS)
  const [alpha, beta] = marketplace.sellers
  const owners = {
    alpha: await ownerLogin(api, container, alpha.id, "owner@alpha.test"),
    beta: await ownerLogin(api, container, beta.id, "owner@beta.test"),
  }
  const ada = await shopperOf(
    api,
    await createCustomerSession(api, marketplace, "ada@example.test")
  )
  const bob = await shopperOf(
    api,
    await createCustomerSession(api, marketplace, "bob@example.test")
  )
  const order = (
    seller: typeof alpha,
    shopper: Shopper,
    options?: { fulfil?: boolean }
  ) =>
    customerOrder(
      api,
      container,
      marketplace,
      seller,
      seller === alpha ? owners.alpha : owners.beta,
      shopper,
      options
    )
  const review = async (shopper: Shopper, body: Record<string, unknown>) =>
    (
      await api.post<StoreCustomerReviewResponse>(
        "/store/reviews",
        body,
        shopper.session
      )
    ).data.review
  const productReviews = async (productId: string) =>
    (
      await api.get<StoreReviewListResponse>(
        `/store/products/${productId}/reviews`,
        marketplace.store
      )
    ).data
  return {
    admin,
    marketplace,
    alpha,
    beta,
    owners,
    ada,
    bob,
    order,
    review,
    productReviews,
  }
}

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api: untypedApi, getContainer, utils }) => {
    const api = untypedApi as AxiosInstance
    beforeAll(() => readableHttpErrors(api))
    afterEach(() => settleBackgroundWork(utils))

    describe("who may review", () => {
      it("refuses guests, strangers to the order, unfulfilled lines, wrong references and second reviews", async () => {
        const w = await reviewWorld(api, getContainer())
        const product = w.alpha.productIds[0]
        const adaOrder = await w.order(w.alpha, w.ada)
        const openOrder = await w.order(w.beta, w.ada, { fulfil: false })
        const body = {
          reference: "product",
          reference_id: product,
          order_id: adaOrder.id,
          line_item_id: adaOrder.itemIds[0],
          rating: 5,
          title: "Warm",
        }

        const guest = await failure(
          api.post("/store/reviews", body, w.marketplace.store)
        )
        expect(guest.status).toBe(401)

        const stranger = await failure(
          api.post("/store/reviews", body, w.bob.session)
        )
        expect(stranger.status).toBe(403)
        expect(stranger.data).toEqual({
          type: "forbidden",
          message: `Only the customer who placed order ${adaOrder.id} can review from it`,
        })

        const noOrder = await failure(
          api.post(
            "/store/reviews",
            { ...body, order_id: "order_missing", line_item_id: undefined },
            w.ada.session
          )
        )
        expect(noOrder.status).toBe(403)

        const notFulfilled = await failure(
          api.post(
            "/store/reviews",
            {
              reference: "product",
              reference_id: w.beta.productIds[0],
              order_id: openOrder.id,
              rating: 4,
            },
            w.ada.session
          )
        )
        expect(notFulfilled.status).toBe(403)
        expect(notFulfilled.data.message).toMatch(/once line .* is fulfilled/)

        const otherProduct = await failure(
          api.post(
            "/store/reviews",
            { ...body, reference_id: w.beta.productIds[0] },
            w.ada.session
          )
        )
        expect(otherProduct.status).toBe(400)
        const otherSeller = await failure(
          api.post(
            "/store/reviews",
            {
              reference: "seller",
              reference_id: w.beta.id,
              order_id: adaOrder.id,
              rating: 3,
            },
            w.ada.session
          )
        )
        expect(otherSeller.status).toBe(400)
        expect(otherSeller.data.message).toBe(
          `Order ${adaOrder.id} was not sold by seller ${w.beta.id}`
        )

        for (const invalid of [
          { ...body, rating: 6 },
          { ...body, rating: 4.5 },
          { ...body, title: "x".repeat(121) },
          { ...body, customer_id: w.bob.id },
        ]) {
          const refused = await failure(
            api.post("/store/reviews", invalid, w.ada.session)
          )
          expect(refused.status).toBe(400)
          expect(refused.data.type).toBe("invalid_data")
        }

        const first = await w.review(w.ada, body)
        expect(first).toMatchObject({
          reference: "product",
          reference_id: product,
          seller_id: w.alpha.id,
          line_item_id: adaOrder.itemIds[0],
          rating: 5,
          status: "pending",
        })
        const again = await failure(
          api.post("/store/reviews", body, w.ada.session)
        )
        expect(again.status).toBe(400)
        expect(again.data.message).toBe(
          `Line ${adaOrder.itemIds[0]} of order ${adaOrder.id} was already reviewed (${first.id})`
        )
        // The order's other line of the same product is a review of its own; the seller once per order.
        await w.review(w.ada, { ...body, line_item_id: adaOrder.itemIds[1] })
        const sellerBody = {
          reference: "seller",
          reference_id: w.alpha.id,
          order_id: adaOrder.id,
          rating: 4,
        }
        await w.review(w.ada, sellerBody)
        expect(
          (await failure(api.post("/store/reviews", sellerBody, w.ada.session)))
            .status
        ).toBe(400)
      })
    })

    describe("manual moderation and aggregates", () => {
      it("shows a review once published, recomputes the rating on publish, edit, reject and delete", async () => {
        const container = getContainer()
        const w = await reviewWorld(api, container)
        const product = w.alpha.productIds[0]
        const adaOrder = await w.order(w.alpha, w.ada)
        const bobOrder = await w.order(w.alpha, w.bob)
        const ada = await w.review(w.ada, {
          reference: "product",
          reference_id: product,
          order_id: adaOrder.id,
          line_item_id: adaOrder.itemIds[0],
          rating: 2,
          body: "Itchy",
        })
        expect(await w.productReviews(product)).toMatchObject({
          reviews: [],
          count: 0,
          rating: { average: 0, count: 0 },
        })

        // The customer edits while pending; another customer cannot touch it.
        const edited = await api.post<StoreCustomerReviewResponse>(
          `/store/customers/me/reviews/${ada.id}`,
          { rating: 4, body: "Softer after a wash" },
          w.ada.session
        )
        expect(edited.data.review).toMatchObject({
          rating: 4,
          status: "pending",
        })
        expect(
          (
            await failure(
              api.post(
                `/store/customers/me/reviews/${ada.id}`,
                { rating: 1 },
                w.bob.session
              )
            )
          ).status
        ).toBe(404)
        expect(
          (
            await failure(
              api.delete(`/store/customers/me/reviews/${ada.id}`, w.bob.session)
            )
          ).status
        ).toBe(404)

        // Pending reviews are in the admin's queue.
        const queue = await api.get<AdminReviewListResponse>(
          `/admin/reviews?status=pending&reference_id=${product}`,
          w.admin
        )
        expect(queue.data.reviews.map((review) => review.id)).toEqual([ada.id])

        await api.post<AdminReviewResponse>(
          `/admin/reviews/${ada.id}/publish`,
          {},
          w.admin
        )
        let page = await w.productReviews(product)
        expect(page.rating).toEqual({ average: 4, count: 1 })
        expect(page.reviews.map((review) => review.id)).toEqual([ada.id])
        expect(page.reviews[0]).not.toHaveProperty("customer_id")

        // Published: the customer can no longer edit or delete it.
        const locked = await failure(
          api.post(
            `/store/customers/me/reviews/${ada.id}`,
            { rating: 1 },
            w.ada.session
          )
        )
        expect(locked.status).toBe(400)
        expect(locked.data.message).toBe(
          `Cannot edit review ${ada.id}: its status is published`
        )
        expect(
          (
            await failure(
              api.post(`/admin/reviews/${ada.id}/publish`, {}, w.admin)
            )
          ).status
        ).toBe(400)

        const bob = await w.review(w.bob, {
          reference: "product",
          reference_id: product,
          order_id: bobOrder.id,
          rating: 1,
        })
        await api.post(`/admin/reviews/${bob.id}/publish`, {}, w.admin)
        page = await w.productReviews(product)
        expect(page.rating).toEqual({ average: 2.5, count: 2 })
        expect(page.reviews.map((review) => review.id)).toEqual([
          bob.id,
          ada.id,
        ])
        expect(
          (
            await api.get<StoreReviewListResponse>(
              `/store/products/${product}/reviews?limit=1&offset=1`,
              w.marketplace.store
            )
          ).data
        ).toMatchObject({
          count: 2,
          limit: 1,
          offset: 1,
          reviews: [{ id: ada.id }],
        })

        // A rejection without a note is refused; with one, the review leaves the rating.
        expect(
          (
            await failure(
              api.post(`/admin/reviews/${bob.id}/reject`, {}, w.admin)
            )
          ).status
        ).toBe(400)
        const rejected = await api.post<AdminReviewResponse>(
          `/admin/reviews/${bob.id}/reject`,
          { note: "Off-topic" },
          w.admin
        )
        expect(rejected.data.review).toMatchObject({
          status: "rejected",
          moderation_note: "Off-topic",
        })
        expect((await w.productReviews(product)).rating).toEqual({
          average: 4,
          count: 1,
        })
        const mine = await api.get<StoreCustomerReviewListResponse>(
          "/store/customers/me/reviews",
          w.bob.session
        )
        expect(mine.data.reviews).toMatchObject([
          { id: bob.id, status: "rejected", moderation_note: "Off-topic" },
        ])

        await api.delete(`/admin/reviews/${ada.id}`, w.admin)
        expect((await w.productReviews(product)).rating).toEqual({
          average: 0,
          count: 0,
        })

        // A pending review deleted by its author.
        const pending = await w.review(w.ada, {
          reference: "seller",
          reference_id: w.alpha.id,
          order_id: adaOrder.id,
          rating: 5,
        })
        await api.delete(
          `/store/customers/me/reviews/${pending.id}`,
          w.ada.session
        )
        const seller = await api.get<StoreSellerResponse>(
          `/store/sellers/${w.alpha.handle}`,
          w.marketplace.store
        )
        expect(seller.data.seller.rating).toEqual({ average: 0, count: 0 })

        // The customer is told why the review was rejected.
        await waitFor(
          async () =>
            (
              await listNotifications(container, {
                resource_id: bob.id,
                channel: "email",
              })
            ).find((n) => n.template === "review.rejected"),
          { what: "the rejection email" }
        )
      })
    })

    describe("the seller's side", () => {
      it("lists only its own reviews, replies once (editable), asks for removal; other sellers get 404", async () => {
        const container = getContainer()
        const w = await reviewWorld(api, container)
        const alphaOrder = await w.order(w.alpha, w.ada)
        const betaOrder = await w.order(w.beta, w.ada)
        const alphaReview = await w.review(w.ada, {
          reference: "product",
          reference_id: w.alpha.productIds[0],
          order_id: alphaOrder.id,
          rating: 1,
          body: "Terrible, the seller is a fraud",
        })
        const betaReview = await w.review(w.ada, {
          reference: "seller",
          reference_id: w.beta.id,
          order_id: betaOrder.id,
          rating: 5,
        })
        for (const id of [alphaReview.id, betaReview.id]) {
          await api.post(`/admin/reviews/${id}/publish`, {}, w.admin)
        }

        const alphaList = await api.get<VendorReviewListResponse>(
          "/vendor/reviews",
          w.owners.alpha
        )
        expect(alphaList.data.reviews.map((review) => review.id)).toEqual([
          alphaReview.id,
        ])
        // A seller_id filter from the client cannot widen the list.
        const widened = await failure(
          api.get(`/vendor/reviews?seller_id=${w.beta.id}`, w.owners.alpha)
        )
        expect(widened.status).toBe(400)

        // Cross-seller: replying to another seller's review is a 404, like a missing one.
        for (const id of [alphaReview.id, "rev_missing"]) {
          const foreign = await failure(
            api.post(
              `/vendor/reviews/${id}/reply`,
              { reply: "Not yours" },
              w.owners.beta
            )
          )
          expect(foreign.status).toBe(404)
          expect(foreign.data.type).toBe("not_found")
        }

        const reply = await api.post<VendorReviewResponse>(
          `/vendor/reviews/${alphaReview.id}/reply`,
          { reply: "Sorry to hear that" },
          w.owners.alpha
        )
        expect(reply.data.review.seller_reply).toBe("Sorry to hear that")
        const edited = await api.post<VendorReviewResponse>(
          `/vendor/reviews/${alphaReview.id}/reply`,
          { reply: "We sent a replacement" },
          w.owners.alpha
        )
        expect(edited.data.review.seller_reply).toBe("We sent a replacement")
        expect(
          new Date(edited.data.review.seller_replied_at!).getTime()
        ).toBeGreaterThanOrEqual(
          new Date(reply.data.review.seller_replied_at!).getTime()
        )
        const shown = await w.productReviews(w.alpha.productIds[0])
        expect(shown.reviews[0].seller_reply).toBe("We sent a replacement")
        await waitFor(
          async () =>
            (
              await listNotifications(container, {
                resource_id: alphaReview.id,
                channel: "email",
              })
            ).filter((n) => n.template === "review.replied").length === 2 ||
            undefined,
          { what: "one email per reply" }
        )
        await waitFor(
          async () =>
            (
              await listNotifications(container, {
                resource_id: alphaReview.id,
                channel: "feed",
              })
            ).find((n) => n.template === "review.published"),
          { what: "the seller's feed entry of the published review" }
        )

        // Removal: only of its own reviews; accepting it deletes the review and its rating.
        const foreignRemoval = await failure(
          api.post(
            "/vendor/requests",
            {
              type: "review_removal",
              payload: { review_id: alphaReview.id, reason: "Abusive" },
            },
            w.owners.beta
          )
        )
        expect(foreignRemoval.status).toBe(404)
        const {
          data: { request },
        } = await api.post<VendorRequestResponse>(
          "/vendor/requests",
          {
            type: "review_removal",
            payload: { review_id: alphaReview.id, reason: "Abusive" },
          },
          w.owners.alpha
        )
        expect(request).toMatchObject({
          type: "review_removal",
          status: "pending",
        })
        expect((await w.productReviews(w.alpha.productIds[0])).rating).toEqual({
          average: 1,
          count: 1,
        })
        await api.post(
          `/admin/requests/${request.id}/accept`,
          { note: "Abusive indeed" },
          w.admin
        )
        expect(await w.productReviews(w.alpha.productIds[0])).toMatchObject({
          reviews: [],
          rating: { average: 0, count: 0 },
        })
        const { data: accepted } = await api.get(
          `/admin/requests?type=review_removal`,
          w.admin
        )
        expect(accepted.requests[0]).toMatchObject({
          status: "accepted",
          resource_id: alphaReview.id,
        })
        // Beta's review is untouched, and a seller's replies stay its own.
        expect(
          (
            await api.get<StoreReviewListResponse>(
              `/store/sellers/${w.beta.handle}/reviews`,
              w.marketplace.store
            )
          ).data
        ).toMatchObject({
          reviews: [{ id: betaReview.id }],
          rating: { average: 5, count: 1 },
        })
      })
    })
  },
})
