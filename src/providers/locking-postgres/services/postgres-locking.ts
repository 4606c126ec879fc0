import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { PostgresAdvisoryLockProvider } from "@medusajs/locking-postgres/dist/services/advisory-lock"

type AcquireArgs = { ownerId?: string | null; expire?: number }

/**
 * Medusa's PostgreSQL locking provider with one fix. Workflow locks (`acquireLockStep`)
 * have no owner; when two of them race to insert the same key, Medusa's provider lets
 * the loser of the insert believe it holds the lock (it compares `undefined != null`),
 * so both run. Here an owner-less lock is claimed by one atomic statement: the insert
 * wins, or an expired lock is taken over, or the caller is refused.
 */
export class PostgresLockingProvider extends PostgresAdvisoryLockProvider {
  static identifier = "locking-postgres"

  async acquire(keys: string | string[], args?: AcquireArgs): Promise<void> {
    if (args?.ownerId != null) {
      return super.acquire(
        keys,
        args as Parameters<PostgresAdvisoryLockProvider["acquire"]>[1]
      )
    }
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      await this.claimWithoutOwner(key, args?.expire)
    }
  }

  private async claimWithoutOwner(
    key: string,
    expireSeconds?: number
  ): Promise<void> {
    const expiration = expireSeconds
      ? `NOW() + make_interval(secs => ?)`
      : "NULL"
    const params = expireSeconds ? [key, Number(expireSeconds)] : [key]
    const claimed: unknown[] = await (this.manager as SqlEntityManager).execute(
      `INSERT INTO locking (id, owner_id, expiration) VALUES (?, NULL, ${expiration})
       ON CONFLICT (id) DO UPDATE SET owner_id = NULL, expiration = EXCLUDED.expiration
         WHERE locking.expiration IS NOT NULL AND locking.expiration <= NOW()
       RETURNING id`,
      params
    )
    if (!claimed.length) {
      throw new Error(`"${key}" is already locked.`)
    }
  }
}
