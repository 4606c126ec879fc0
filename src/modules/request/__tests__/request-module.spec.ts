import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { REQUEST_MODULE } from ".."
import RequestModuleService from "../service"

jest.setTimeout(60 * 1000)

moduleIntegrationTestRunner<RequestModuleService>({
  moduleName: REQUEST_MODULE,
  resolve: "./src/modules/request",
  testSuite: ({ service }) => {
    describe("request module", () => {
      it("creates pending requests with a req_ id", async () => {
        const request = await service.createRequests({
          type: "seller_registration",
          seller_id: "sel_1",
          payload: { name: "Acme" },
        })
        expect(request).toMatchObject({
          id: expect.stringMatching(/^req_/),
          status: "pending",
        })
      })

      it("reviews a request only while it is pending (the conditional update behind the 409)", async () => {
        const request = await service.createRequests({
          type: "product_category",
          seller_id: "sel_1",
        })
        const reviews = await Promise.all(
          Array.from({ length: 6 }, (_, i) =>
            service.reviewRequest({
              id: request.id,
              status: i % 2 ? "rejected" : "accepted",
              reviewer_id: `user_${i}`,
            })
          )
        )
        expect(reviews.filter(Boolean)).toHaveLength(1)
        const reviewed = await service.retrieveRequest(request.id)
        const winner = reviews.indexOf(true)
        expect(reviewed).toMatchObject({
          status: winner % 2 ? "rejected" : "accepted",
          reviewer_id: `user_${winner}`,
          reviewed_at: expect.any(Date),
        })
        expect(
          await service.reviewRequest({ id: request.id, status: "accepted" })
        ).toBe(false)
      })

      it("refuses unknown types and statuses", async () => {
        await expect(
          service.createRequests({
            type: "nonsense" as never,
            seller_id: "sel_1",
          })
        ).rejects.toThrow()
      })
    })
  },
})
