import {
  InjectManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { Context } from "@medusajs/framework/types"
import { CommissionKind, CommissionTarget, DEFAULT_FEE_TYPE } from "./constants"
import { CommissionLine } from "./models/commission-line"
import { CommissionRule } from "./models/commission-rule"

export type CommissionModuleOptions = {
  /** Percent of the global `sales` rule created on first start when no rule exists. */
  defaultCommissionPercent?: number
}

export const DEFAULT_RULE_ID = "crule_default"

type InjectedDependencies = Record<string, unknown>

export default class CommissionModuleService extends MedusaService({
  CommissionRule,
  CommissionLine,
}) {
  protected readonly options_: CommissionModuleOptions

  constructor(
    container: InjectedDependencies,
    options: CommissionModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = options
  }

  __hooks = {
    onApplicationStart: async () => {
      await this.ensureDefaultRule()
    },
  }

  /**
   * Creates the global default rule once, when the installation has never had a rule.
   * A fixed id makes concurrent starts (server and worker) create it at most once, and
   * an operator who deleted every rule on purpose does not get it back. Not one
   * transaction: the losing start's insert fails, and the read after it must still run.
   */
  @InjectManager()
  async ensureDefaultRule(
    @MedusaContext() sharedContext: Context = {}
  ): Promise<void> {
    const percent = this.options_.defaultCommissionPercent
    if (percent === undefined) {
      return
    }
    const [, count] = await this.listAndCountCommissionRules(
      {},
      { take: 1, withDeleted: true },
      sharedContext
    )
    if (count > 0) {
      return
    }
    try {
      await this.createCommissionRules(
        {
          id: DEFAULT_RULE_ID,
          name: "Default sales commission",
          kind: CommissionKind.PERCENTAGE,
          value: percent,
          fee_type: DEFAULT_FEE_TYPE,
          target: CommissionTarget.ITEM,
        },
        sharedContext
      )
    } catch (error) {
      const [existing] = await this.listCommissionRules(
        { id: DEFAULT_RULE_ID },
        { withDeleted: true },
        sharedContext
      )
      if (!existing) {
        throw error
      }
    }
  }
}
