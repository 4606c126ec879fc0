import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context, ICachingModuleService } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Review } from "./models/review"
import { ReviewRating } from "./models/review-rating"
import type {
  RatingTarget,
  RatingValue,
  ReviewRatingRepository,
} from "./repositories"
import { ReviewModuleOptions, ReviewSettings, reviewSettings } from "./settings"

type InjectedDependencies = {
  reviewRatingRepository: ReviewRatingRepository
  /** Registered only when the Caching Module is (CACHING is not `off`). */
  caching?: ICachingModuleService
}

export type Rating = { average: number; count: number }

const ratingKey = (referenceId: string) => `review-rating:${referenceId}`

/**
 * Seconds a cached rating lives. Changes drop the entry at once; the TTL only bounds the
 * rare read that queried the table before a change committed and stored its value after
 * the change dropped the entry.
 */
export const RATING_CACHE_TTL = 60

export default class ReviewModuleService extends MedusaService({
  Review,
  ReviewRating,
}) {
  protected readonly ratingRepository_: ReviewRatingRepository
  protected readonly caching_?: ICachingModuleService
  protected readonly settings_: ReviewSettings

  constructor(
    container: InjectedDependencies,
    options: ReviewModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.ratingRepository_ = container.reviewRatingRepository
    this.caching_ = container.caching
    this.settings_ = reviewSettings(options)
  }

  getSettings(): ReviewSettings {
    return this.settings_
  }

  /**
   * Recomputes the targets' ratings in the database, then drops their cache entries, after
   * the recomputation committed. (Not a write of the new value: the Caching Module merges
   * concurrent `set` calls of one key into the first, which may hold an older value.)
   */
  @InjectManager()
  async refreshRatings(
    targets: RatingTarget[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<RatingValue[]> {
    const values = await this.recomputeRatings_(targets, sharedContext)
    await Promise.all(
      values.map(({ reference_id }) =>
        this.caching_
          ?.clear({ key: ratingKey(reference_id) })
          .catch(() => undefined)
      )
    )
    return values
  }

  @InjectTransactionManager()
  protected async recomputeRatings_(
    targets: RatingTarget[],
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<RatingValue[]> {
    return await this.ratingRepository_.recompute(targets, sharedContext)
  }

  /** Stores a rating read from the table, for RATING_CACHE_TTL seconds at most. */
  protected async cacheRating_(referenceId: string, rating: Rating) {
    await this.caching_
      ?.set({
        key: ratingKey(referenceId),
        data: rating,
        tags: [],
        ttl: RATING_CACHE_TTL,
      })
      .catch(() => undefined)
  }

  /** The ratings of products or sellers by id (zero for those without published reviews), through the cache. */
  async retrieveRatings(
    referenceIds: string[]
  ): Promise<Record<string, Rating>> {
    const ratings: Record<string, Rating> = {}
    const missing: string[] = []
    for (const id of new Set(referenceIds)) {
      const cached = (await this.caching_
        ?.get({ key: ratingKey(id) })
        .catch(() => null)) as Rating | null | undefined
      if (cached) {
        ratings[id] = cached
      } else {
        missing.push(id)
      }
    }
    if (missing.length) {
      const rows = await this.listReviewRatings(
        { reference_id: missing },
        { select: ["reference_id", "average", "count"] }
      )
      for (const id of missing) {
        const row = rows.find((candidate) => candidate.reference_id === id)
        ratings[id] = {
          average: Number(row?.average ?? 0),
          count: Number(row?.count ?? 0),
        }
        await this.cacheRating_(id, ratings[id])
      }
    }
    return ratings
  }
}
