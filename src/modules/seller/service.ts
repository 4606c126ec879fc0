import { MedusaService } from "@medusajs/framework/utils"
import { Invite } from "./models/invite"
import { Member } from "./models/member"
import { Seller } from "./models/seller"
import { sellerSettings } from "./settings"
import type { SellerModuleOptions, SellerSettings } from "./types"

export default class SellerModuleService extends MedusaService({
  Seller,
  Member,
  Invite,
}) {
  protected readonly settings_: SellerSettings

  constructor(
    container: Record<string, unknown>,
    options: SellerModuleOptions = {}
  ) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.settings_ = sellerSettings(options)
  }

  /** Approval modes, vendor CORS and upload limits, as configured or defaulted. */
  getSettings(): SellerSettings {
    return this.settings_
  }
}
