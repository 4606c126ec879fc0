import { ApprovalMode } from "./constants"
import type { SellerModuleOptions, SellerSettings } from "./types"

export const DEFAULT_SELLER_SETTINGS: SellerSettings = {
  sellerApproval: ApprovalMode.MANUAL,
  productApproval: ApprovalMode.MANUAL,
  vendorCors: "",
  panelUrl: "http://localhost:9000/seller",
  uploads: {
    maxBytes: 5 * 1024 * 1024,
    allowedTypes: [
      "image/png",
      "image/jpeg",
      "image/webp",
      "image/gif",
      "application/pdf",
    ],
    presigned: false,
    keyPrefix: "",
  },
}

/** The settings among the module options (Medusa adds others, e.g. `database`), defaults for the missing ones. */
export function sellerSettings(
  options: SellerModuleOptions = {}
): SellerSettings {
  const defaults = DEFAULT_SELLER_SETTINGS
  const uploads = options.uploads ?? {}
  return {
    sellerApproval: options.sellerApproval ?? defaults.sellerApproval,
    productApproval: options.productApproval ?? defaults.productApproval,
    vendorCors: options.vendorCors ?? defaults.vendorCors,
    panelUrl: options.panelUrl ?? defaults.panelUrl,
    uploads: {
      maxBytes: uploads.maxBytes ?? defaults.uploads.maxBytes,
      allowedTypes: uploads.allowedTypes ?? defaults.uploads.allowedTypes,
      presigned: uploads.presigned ?? defaults.uploads.presigned,
      keyPrefix: uploads.keyPrefix ?? defaults.uploads.keyPrefix,
    },
  }
}
