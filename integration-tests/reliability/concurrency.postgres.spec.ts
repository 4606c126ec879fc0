import { concurrencySuite } from "./support/concurrency-suite"

jest.setTimeout(300 * 1000)

describe("concurrent checkouts and payout runs — locking: postgres", () => {
  concurrencySuite("postgres", () => ({ LOCKING: "postgres" }))
})
