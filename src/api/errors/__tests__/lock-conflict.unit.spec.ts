import { MedusaError } from "@medusajs/framework/utils"
import { getHttpResponseFromError } from "@medusajs/framework/http"
import { asLockConflict, isLockHeld, isLockTimeout } from "../lock-conflict"

describe("lock timeouts", () => {
  const timeouts = [
    new Error('Failed to acquire lock for key "cart_01JABC"'),
    new Error('"cart_01JABC" is already locked.'),
    new Error("Timed-out acquiring lock."),
    // errors that crossed a workflow engine boundary arrive serialized
    { name: "Error", message: 'Failed to acquire lock for key "cart_01JABC"' },
  ]

  it.each(timeouts)("recognises %p", (error) => {
    expect(isLockTimeout(error)).toBe(true)
  })

  it("leaves other errors alone", () => {
    for (const error of [
      new Error("Failed to acquire lock"),
      new Error('Cart "cart_1" is already completed.'),
      new MedusaError(
        MedusaError.Types.NOT_FOUND,
        "Cart with id 'x' not found"
      ),
      "Timed-out acquiring lock.",
      null,
      undefined,
    ]) {
      expect(isLockTimeout(error)).toBe(false)
      expect(asLockConflict(error)).toBe(error)
    }
  })

  it("becomes Medusa's 409 conflict body, where it was a 500 before", () => {
    const error = new Error('Failed to acquire lock for key "cart_01JABC"')
    expect(getHttpResponseFromError(error).statusCode).toBe(500)

    const { statusCode, body } = getHttpResponseFromError(asLockConflict(error))
    expect(statusCode).toBe(409)
    expect(body).toEqual(
      expect.objectContaining({
        type: MedusaError.Types.CONFLICT,
        message: expect.any(String),
      })
    )
  })

  it("keeps Redis' conflict as it is", () => {
    const error = new MedusaError(
      MedusaError.Types.CONFLICT,
      "Timed-out acquiring lock."
    )
    expect(asLockConflict(error)).toBe(error)
  })

  it("counts Redis' conflicts as a held lock, not other conflicts", () => {
    for (const message of [
      'Failed to acquire lock for key "commission:order_01JABC"',
      "Timed-out acquiring lock.",
    ]) {
      expect(
        isLockHeld(new MedusaError(MedusaError.Types.CONFLICT, message))
      ).toBe(true)
    }
    expect(isLockHeld(new Error("Timed-out acquiring lock."))).toBe(true)
    expect(
      isLockHeld(
        new MedusaError(MedusaError.Types.CONFLICT, "Cart is already completed")
      )
    ).toBe(false)
  })
})
