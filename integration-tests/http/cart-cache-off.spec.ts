import { FeatureFlag } from "@medusajs/framework/utils"
import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { withAppEnv } from "../utils/app-env"
import { cartCacheSuite } from "./support/cart-cache-suite"

jest.setTimeout(120 * 1000)

// Without the Caching Module the cart middlewares step aside; PostgreSQL locking.
withAppEnv(() => ({ CACHING: "off", LOCKING: "postgres" }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (suite) => {
    describe("cart routes (caching off, postgres locking)", () => {
      it("runs on the providers it names", async () => {
        expect(FeatureFlag.isFeatureEnabled("caching")).toBe(false)
        const { rows } = await suite.dbConnection.raw(
          "SELECT to_regclass('locking') AS locking"
        )
        expect(rows[0].locking).toBe("locking")
      })
      cartCacheSuite(suite, { cached: false })
    })
  },
})
