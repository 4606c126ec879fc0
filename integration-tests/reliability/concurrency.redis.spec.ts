import { describeWithService, serviceUrl } from "../utils/services"
import { concurrencySuite } from "./support/concurrency-suite"

jest.setTimeout(300 * 1000)

describeWithService(
  "redis",
  "concurrent checkouts and payout runs — locking: redis",
  () => {
    concurrencySuite("redis", () => ({
      LOCKING: "redis",
      LOCKING_REDIS_URL: serviceUrl("redis"),
    }))
  }
)
