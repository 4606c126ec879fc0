import { InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Request } from "./models/request"

export type ReviewRequestInput = {
  id: string
  status: "accepted" | "rejected"
  reviewer_id?: string | null
  reviewer_note?: string | null
}

export default class RequestModuleService extends MedusaService({ Request }) {
  /**
   * Moves a request from `pending` to a review outcome in one conditional UPDATE, so of
   * concurrent reviews (even in different processes) exactly one matches. Returns false
   * when the request was no longer pending. (`updateRequests` with a selector reads and
   * then writes, which two reviewers can both pass.)
   */
  @InjectTransactionManager()
  async reviewRequest(
    input: ReviewRequestInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    const rows: { id: string }[] = await sharedContext.transactionManager!.execute(
      `UPDATE "request"
          SET status = ?, reviewer_id = ?, reviewer_note = ?, reviewed_at = now(), updated_at = now()
        WHERE id = ? AND status = 'pending' AND deleted_at IS NULL
        RETURNING id`,
      [input.status, input.reviewer_id ?? null, input.reviewer_note ?? null, input.id]
    )
    return rows.length === 1
  }
}
