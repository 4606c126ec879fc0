import { medusaIntegrationTestRunner } from "../utils/test-runner"
import type { AxiosResponse } from "axios"
import fs from "node:fs"
import path from "node:path"
import type { OpenApiDocumentResponse } from "../../src/types/http"

jest.setTimeout(180 * 1000)

const committed = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, "../../docs/openapi.json"), "utf8")
)

medusaIntegrationTestRunner({
  inApp: true,
  env: {},
  testSuite: ({ api }) => {
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
