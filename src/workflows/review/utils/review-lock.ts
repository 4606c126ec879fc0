/**
 * Lock options for changing one review (Locking Module units are SECONDS): wait up to 5 s
 * for a concurrent change to finish, and never hold the lock longer than 30 s.
 */
export const REVIEW_LOCK = { timeout: 5, ttl: 30 } as const

export const reviewLockKey = (id: string) => `review:${id}`
