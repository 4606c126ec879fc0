import { Module } from "@medusajs/framework/utils"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"

export default Module(SELLER_MODULE, { service: SellerModuleService })

export { SellerModuleService }
export type { SellerStatus } from "./models/seller"
export type { MemberRole } from "./models/member"
export { MEMBER_ROLES } from "./models/member"
export { SELLER_STATUSES } from "./models/seller"
