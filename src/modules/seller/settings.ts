import { ApprovalMode } from "./constants"
import type { SellerModuleOptions, SellerSettings } from "./types"

export const DEFAULT_SELLER_SETTINGS: SellerSettings = {
  sellerApproval: ApprovalMode.MANUAL,
  productApproval: ApprovalMode.MANUAL,
  vendorCors: "",
  uploads: {
    maxBytes: 5 * 1024 * 1024,
    allowedTypes: ["image/png", "image/jpeg", "image/webp", "image/gif", "application/pdf"],
    presigned: false,
    keyPrefix: "",
  },
}

/** The module options with a default for every missing setting. */
export function sellerSettings(options: SellerModuleOptions = {}): SellerSettings {
  const { uploads = {}, ...rest } = options
  return {
    ...DEFAULT_SELLER_SETTINGS,
    ...withoutUndefined(rest),
    uploads: { ...DEFAULT_SELLER_SETTINGS.uploads, ...withoutUndefined(uploads) },
  }
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>
}
