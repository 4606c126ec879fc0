import {
  getHttpResponseFromError,
  MedusaRequest,
  MedusaResponse,
} from "@medusajs/framework/http"
import { MedusaError, serializeError } from "@medusajs/framework/utils"
import net from "node:net"
import Redis, { RedisOptions } from "ioredis"
import { marketplaceErrorHandler } from "../marketplace-error-handler"
import {
  asServiceUnavailable,
  isRedisUnavailable,
  REDIS_UNAVAILABLE_MESSAGE,
  ServiceUnavailableError,
} from "../service-unavailable"

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as net.AddressInfo
  await new Promise((resolve) => server.close(resolve))
  return port
}

/** The error a real ioredis client rejects a command with when Redis cannot be reached. */
async function redisErrorFor(
  options: RedisOptions,
  disconnect = false
): Promise<Error> {
  const client = new Redis(await closedPort(), "127.0.0.1", {
    retryStrategy: () => 10,
    // Frees the already closed socket at once instead of keeping jest waiting 2 s.
    disconnectTimeout: 10,
    ...options,
  })
  client.on("error", () => undefined)
  try {
    if (disconnect) {
      client.disconnect()
    }
    await client.get("key")
    throw new Error("expected the command to fail")
  } catch (error) {
    return error as Error
  } finally {
    client.disconnect()
  }
}

describe("Redis unavailable → service unavailable", () => {
  let redisErrors: Error[]

  beforeAll(async () => {
    redisErrors = [
      await redisErrorFor({ maxRetriesPerRequest: 1 }),
      await redisErrorFor({ enableOfflineQueue: false }),
      await redisErrorFor({ lazyConnect: true }, true),
    ]
  })

  it("recognises what ioredis rejects commands with, also serialized by a workflow", () => {
    expect(redisErrors.map((error) => error.message)).toEqual([
      expect.stringMatching(
        /^Reached the max retries per request limit \(which is 1\)/
      ),
      "Stream isn't writeable and enableOfflineQueue options is false",
      "Connection is closed.",
    ])
    expect(redisErrors[0].name).toBe("MaxRetriesPerRequestError")
    for (const error of redisErrors) {
      expect(isRedisUnavailable(error)).toBe(true)
      // What a workflow step failure keeps of it (TransactionOrchestrator.setStepFailure).
      expect(isRedisUnavailable(serializeError(error))).toBe(true)
    }
    expect(
      isRedisUnavailable({ name: "MaxRetriesPerRequestError", message: "" })
    ).toBe(true)
    expect(isRedisUnavailable(new Error("Command timed out"))).toBe(true)
    expect(
      isRedisUnavailable(
        new Error(
          "Redis connection failed: connect ECONNREFUSED 127.0.0.1:6379"
        )
      )
    ).toBe(true)
  })

  it("leaves other errors alone", () => {
    for (const error of [
      new Error("Connection is closed. Retry later"),
      new Error("connect ECONNREFUSED 127.0.0.1:5432"),
      new Error('Failed to acquire lock for key "cart_1"'),
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Cart with id 'x' not found"
      ),
      "Connection is closed.",
      null,
      undefined,
    ]) {
      expect(isRedisUnavailable(error)).toBe(false)
      expect(asServiceUnavailable(error)).toBeUndefined()
    }
  })

  it("turns a Redis error into a ServiceUnavailableError naming Redis, and keeps existing ones", () => {
    const unavailable = asServiceUnavailable(redisErrors[0])
    expect(unavailable).toBeInstanceOf(ServiceUnavailableError)
    expect(unavailable).toMatchObject({
      type: "service_unavailable",
      message: REDIS_UNAVAILABLE_MESSAGE,
    })

    const s3Down = new ServiceUnavailableError("File storage is unavailable")
    expect(asServiceUnavailable(s3Down)).toBe(s3Down)
    expect(
      asServiceUnavailable({
        type: "service_unavailable",
        message: "serialized",
      })
    ).toEqual({
      type: "service_unavailable",
      message: "serialized",
    })
  })

  it("is answered 503 { type, message } by the marketplace error handler, where Medusa answers 500", () => {
    const answer: { status?: number; body?: unknown } = {}
    const res = {
      status(code: number) {
        answer.status = code
        return this
      },
      json(body: unknown) {
        answer.body = body
        return this
      },
    }
    const req = {
      path: "/store/carts/cart_1/complete",
      scope: { resolve: () => ({ warn: () => undefined }) },
    }
    const next = jest.fn()
    expect(getHttpResponseFromError(redisErrors[2]).statusCode).toBe(500)

    marketplaceErrorHandler(
      serializeError(redisErrors[2]) as unknown as MedusaError,
      req as unknown as MedusaRequest,
      res as unknown as MedusaResponse,
      next
    )

    expect(next).not.toHaveBeenCalled()
    expect(answer).toEqual({
      status: 503,
      body: { type: "service_unavailable", message: REDIS_UNAVAILABLE_MESSAGE },
    })
  })
})
