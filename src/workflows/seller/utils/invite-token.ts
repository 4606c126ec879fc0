import { createHash, randomBytes } from "node:crypto"

/** How long an invite can be accepted. */
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000

/** A random, URL-safe token of 256 bits; only its hash is stored. */
export function generateInviteToken(): string {
  return randomBytes(32).toString("base64url")
}

export function hashInviteToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex")
}
