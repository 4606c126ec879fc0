import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosResponse } from "axios"
import fs from "node:fs"
import path from "node:path"
import type { OpenApiDocumentResponse } from "../../src/types/http"
import { createAdminSession } from "../utils/admin"
import { failure } from "../utils/http"

jest.setTimeout(180 * 1000)

const committed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../docs/openapi.json"), "utf8")
)

/** The app as it boots with the default configuration: health, auth, the OpenAPI document. */
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

    describe("GET /openapi.json", () => {
      it("serves the committed OpenAPI document without a token outside production", async () => {
        const response: AxiosResponse<OpenApiDocumentResponse> =
          await api.get("/openapi.json")
        expect(response.status).toBe(200)
        expect(response.headers["content-type"]).toMatch(/^application\/json/)
        expect(response.data.openapi).toBe("3.1.0")
        expect(response.data).toEqual(committed)
        expect(Object.keys(response.data.paths)).toEqual(
          expect.arrayContaining([
            "/vendor/products",
            "/admin/sellers/{id}/approve",
            "/store/carts/{id}/complete",
            "/hooks/payouts/{provider}",
          ])
        )
      })
    })
  },
})
