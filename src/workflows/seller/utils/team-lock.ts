/**
 * Lock on one seller's team while a member's role changes or a member leaves (Locking
 * Module units are SECONDS): two owners demoting each other at the same time must not
 * leave the seller without an owner. Wait up to 5 s, never hold it longer than 30 s.
 */
export const TEAM_LOCK = { timeout: 5, ttl: 30 } as const

export function teamLockKey(sellerId: string): string {
  return `seller-team:${sellerId}`
}
