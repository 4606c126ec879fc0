import { Module } from "@medusajs/framework/utils"
import SellerModuleService from "./service"

export const SELLER_MODULE = "seller"

export default Module(SELLER_MODULE, { service: SellerModuleService })

export { SellerModuleService }
export * from "./constants"
export { DEFAULT_SELLER_SETTINGS, sellerSettings } from "./settings"
export type {
  SellerModuleOptions,
  SellerSettings,
  SellerUploadOptions,
  SellerUploadSettings,
} from "./types"
