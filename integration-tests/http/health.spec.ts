import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"

jest.setTimeout(60 * 1000)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api, getContainer }) => {
    describe("the running marketplace", () => {
      it("answers /health", async () => {
        const response = await api.get("/health")
        expect(response.status).toBe(200)
        expect(response.data).toBe("OK")
      })

      it("rejects admin calls without a token", async () => {
        const response = await failure(api.get("/admin/users/me"))
        expect(response.status).toBe(401)
        expect(response.data).toEqual({ message: "Unauthorized" })
      })

      it("serves an authenticated admin call", async () => {
        const admin = await createAdminSession(getContainer(), api)
        const response = await api.get("/admin/users/me", admin)
        expect(response.status).toBe(200)
        expect(response.data.user.email).toBe("admin@test.local")
      })
    })
  },
})
