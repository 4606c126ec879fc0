import type { Context } from "@medusajs/framework/types"
import { DALUtils } from "@medusajs/framework/utils"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Request } from "../models/request"

export type ReviewPendingInput = {
  id: string
  status: "accepted" | "rejected"
  reviewer_id?: string | null
  reviewer_note?: string | null
}

export class RequestRepository extends DALUtils.mikroOrmBaseRepositoryFactory(
  Request
) {
  /**
   * Moves a request from `pending` to a review outcome in one conditional UPDATE, so of
   * concurrent reviews (even in different processes) exactly one matches. False when the
   * request was no longer pending.
   */
  async reviewPending(
    input: ReviewPendingInput,
    context: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    const rows: { id: string }[] =
      await this.getActiveManager<SqlEntityManager>(context).execute(
        `UPDATE "request"
          SET status = ?, reviewer_id = ?, reviewer_note = ?, reviewed_at = now(), updated_at = now()
        WHERE id = ? AND status = 'pending' AND deleted_at IS NULL
        RETURNING id`,
        [
          input.status,
          input.reviewer_id ?? null,
          input.reviewer_note ?? null,
          input.id,
        ]
      )
    return rows.length === 1
  }
}
