import { generateInviteToken, hashInviteToken } from "../invite-token"

describe("invite tokens", () => {
  it("are random, URL-safe and 256 bits long", () => {
    const tokens = new Set(Array.from({ length: 50 }, generateInviteToken))
    expect(tokens.size).toBe(50)
    for (const token of tokens) {
      expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    }
  })

  it("hash to a stable SHA-256 hex digest that does not contain the token", () => {
    const token = generateInviteToken()
    expect(hashInviteToken(token)).toBe(hashInviteToken(token))
    expect(hashInviteToken(token)).toMatch(/^[0-9a-f]{64}$/)
    expect(hashInviteToken(token)).not.toContain(token)
    expect(hashInviteToken("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    )
  })
})
