import { MedusaService } from "@medusajs/framework/utils"
import { Invite } from "./models/invite"
import { Member } from "./models/member"
import { Seller } from "./models/seller"

export default class SellerModuleService extends MedusaService({ Seller, Member, Invite }) {}
