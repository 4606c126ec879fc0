import { MedusaError } from "@medusajs/framework/utils"
import { ServiceUnavailableError } from "../../../errors/service-unavailable"
import { isStorageOutage, withFileStorage } from "../storage-unavailable"

const refused = Object.assign(
  new Error("connect ECONNREFUSED 127.0.0.1:9000"),
  { code: "ECONNREFUSED" }
)
const s3Error = (status: number, name: string) =>
  Object.assign(new Error(name), {
    name,
    $fault: status >= 500 ? "server" : "client",
    $metadata: { httpStatusCode: status },
  })

describe("isStorageOutage", () => {
  it.each([
    ["a refused connection", refused],
    [
      "the same after a workflow serialized it",
      { name: "Error", message: refused.message, code: "ECONNREFUSED" },
    ],
    [
      "a network error the SDK wrapped",
      new Error(
        "AWS SDK error wrapper for Error: connect ECONNREFUSED 127.0.0.1:9000"
      ),
    ],
    [
      "an unknown host",
      Object.assign(new Error("getaddrinfo ENOTFOUND s3.invalid"), {
        code: "ENOTFOUND",
      }),
    ],
    [
      "the client's timeout",
      Object.assign(new Error("socket timed out"), { name: "TimeoutError" }),
    ],
    ["a 503 from the storage", s3Error(503, "SlowDown")],
    ["a 500 from the storage", s3Error(500, "InternalError")],
  ])("is true for %s", (_, error) => {
    expect(isStorageOutage(error)).toBe(true)
  })

  it.each([
    ["a 403 from the storage", s3Error(403, "AccessDenied")],
    ["a 404 from the storage", s3Error(404, "NoSuchBucket")],
    [
      "a refused file",
      new MedusaError(MedusaError.Types.INVALID_DATA, "Invalid filename: .."),
    ],
    [
      "an error merely mentioning a code",
      new Error("seller typed ECONNREFUSED in a name"),
    ],
    ["a non-error", null],
  ])("is false for %s", (_, error) => {
    expect(isStorageOutage(error)).toBe(false)
  })
})

describe("withFileStorage", () => {
  it("answers an outage with a ServiceUnavailableError naming what failed", async () => {
    const failure = withFileStorage(
      () => Promise.reject(refused),
      "the files were not uploaded"
    )
    await expect(failure).rejects.toBeInstanceOf(ServiceUnavailableError)
    await expect(failure).rejects.toMatchObject({
      type: "service_unavailable",
      message:
        "File storage is unavailable: the files were not uploaded. Please try again later.",
    })
  })

  it("keeps any other error and passes results through", async () => {
    const invalid = new MedusaError(MedusaError.Types.INVALID_DATA, "bad")
    await expect(
      withFileStorage(() => Promise.reject(invalid), "x")
    ).rejects.toBe(invalid)
    await expect(withFileStorage(async () => 42, "x")).resolves.toBe(42)
  })
})
