import { concurrencySuite } from "./support/concurrency-suite"

jest.setTimeout(300 * 1000)

// The default Locking Module provider (in-process). concurrency.postgres.spec.ts and
// concurrency.redis.spec.ts run the same suite on the providers shared between instances.
describe("concurrent checkouts and payout runs — locking: memory (the default)", () => {
  concurrencySuite("memory")
})
