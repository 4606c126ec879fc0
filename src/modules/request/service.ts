import {
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import type { SqlEntityManager } from "@medusajs/framework/mikro-orm/postgresql"
import { Request } from "./models/request"
import type { RequestRepository, ReviewPendingInput } from "./repositories"

export type ReviewRequestInput = ReviewPendingInput

type InjectedDependencies = { requestRepository: RequestRepository }

export default class RequestModuleService extends MedusaService({ Request }) {
  protected readonly requestRepository_: RequestRepository

  constructor(container: InjectedDependencies) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.requestRepository_ = container.requestRepository
  }

  /**
   * Moves a pending request to a review outcome; of concurrent reviews exactly one wins.
   * Returns false when the request was no longer pending. (`updateRequests` with a
   * selector reads and then writes, which two reviewers can both pass.)
   */
  @InjectTransactionManager()
  async reviewRequest(
    input: ReviewRequestInput,
    @MedusaContext() sharedContext: Context<SqlEntityManager> = {}
  ): Promise<boolean> {
    return await this.requestRepository_.reviewPending(input, sharedContext)
  }
}
