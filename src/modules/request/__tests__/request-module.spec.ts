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
        expect(request).toMatchObject({ id: expect.stringMatching(/^req_/), status: "pending" })
      })

      it("reviews a request only while it is pending (the conditional update behind the 409)", async () => {
        const request = await service.createRequests({ type: "product_category", seller_id: "sel_1" })
        const review = () =>
          service.updateRequests({
            selector: { id: request.id, status: "pending" },
            data: { status: "accepted", reviewed_at: new Date() },
          })
        const [first, second] = await Promise.all([review(), review()])
        expect([first.length, second.length].sort()).toEqual([0, 1])
        expect((await service.retrieveRequest(request.id)).status).toBe("accepted")
      })

      it("refuses unknown types and statuses", async () => {
        await expect(
          service.createRequests({ type: "nonsense" as never, seller_id: "sel_1" })
        ).rejects.toThrow()
      })
    })
  },
})
