/**
 * Lock options for reviewing one request (Locking Module units are SECONDS): wait up
 * to 5 s for a concurrent review to finish, and never hold the lock longer than 30 s.
 */
export const REQUEST_LOCK = { timeout: 5, ttl: 30 } as const
