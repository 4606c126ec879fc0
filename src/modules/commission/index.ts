import { Module } from "@medusajs/framework/utils"
import CommissionModuleService from "./service"

export const COMMISSION_MODULE = "commission"

export default Module(COMMISSION_MODULE, { service: CommissionModuleService })

export { CommissionModuleService }
export type { CommissionModuleOptions } from "./service"
export * from "./constants"
