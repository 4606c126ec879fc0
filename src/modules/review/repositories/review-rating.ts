import type { Context } from "@medusajs/framework/types"
import { DALUtils, generateEntityId } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import type { ReviewReference } from "../constants"
import { ReviewRating } from "../models/review-rating"

export type RatingTarget = { reference: ReviewReference; reference_id: string }
export type RatingValue = RatingTarget & { average: number; count: number }

export class ReviewRatingRepository extends DALUtils.mikroOrmBaseRepositoryFactory(
  ReviewRating
) {
  /**
   * Recomputes each target's average and count from its published reviews, in the
   * transaction of `context`. A transaction-scoped advisory lock on the target comes
   * first, in its own statement: the aggregate that follows then reads a snapshot taken
   * after every earlier recomputation of the same target committed, so concurrent
   * changes cannot leave an older count behind.
   */
  async recompute(
    targets: RatingTarget[],
    context: Context<SqlEntityManager> = {}
  ): Promise<RatingValue[]> {
    const manager = this.getActiveManager<SqlEntityManager>(context)
    const sorted = [
      ...new Map(targets.map((t) => [t.reference_id, t])).values(),
    ].sort((a, b) => a.reference_id.localeCompare(b.reference_id))
    const values: RatingValue[] = []
    for (const target of sorted) {
      await manager.execute(
        `SELECT pg_advisory_xact_lock(hashtext('review_rating'), hashtext(?))`,
        [target.reference_id]
      )
      const [row]: { average: string; count: string }[] = await manager.execute(
        `INSERT INTO "review_rating" (id, reference, reference_id, average, count)
           SELECT ?, ?, ?, coalesce(round(avg(rating)::numeric, 2), 0), count(*)
             FROM "review"
            WHERE reference = ? AND reference_id = ? AND status = 'published'
              AND deleted_at IS NULL
           ON CONFLICT (reference_id) WHERE deleted_at IS NULL
           DO UPDATE SET average = excluded.average, count = excluded.count, updated_at = now()
           RETURNING average, count`,
        [
          generateEntityId(undefined, "rrat"),
          target.reference,
          target.reference_id,
          target.reference,
          target.reference_id,
        ]
      )
      values.push({
        ...target,
        average: Number(row.average),
        count: Number(row.count),
      })
    }
    return values
  }
}
