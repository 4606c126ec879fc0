import { medusaIntegrationTestRunner } from "../utils/test-runner"
import { withAppEnv } from "../utils/app-env"
import { cartCacheSuite } from "./support/cart-cache-suite"

jest.setTimeout(120 * 1000)

// The defaults: Caching Module with the in-memory provider, in-memory locking.
withAppEnv(() => ({ CACHING: "memory", LOCKING: "memory" }))

medusaIntegrationTestRunner({
  inApp: true,
  testSuite: (suite) => {
    describe("cart cache (memory caching, memory locking)", () => {
      it("runs on the providers it names", () => {
        expect(suite.getContainer().hasRegistration("caching")).toBe(true)
      })
      cartCacheSuite(suite, { cached: true })
    })
  },
})
