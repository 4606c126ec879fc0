import type { ApprovalMode } from "./constants"

/** What src/config passes to the seller module; every field has a default. */
export type SellerModuleOptions = {
  /** Whether a registration waits for an admin (`manual`) or opens the seller at once. */
  sellerApproval?: ApprovalMode
  /** Whether a seller's product publication waits for an admin. */
  productApproval?: ApprovalMode
  /** Origins allowed to call /vendor (comma-separated, as Medusa's store/admin CORS). */
  vendorCors?: string
  /** The seller panel's address (MEDUSA_BACKEND_URL + /seller): invite emails link into it. */
  panelUrl?: string
  uploads?: SellerUploadOptions
}

export type SellerUploadOptions = {
  /** Largest accepted file, in bytes. */
  maxBytes?: number
  /** Accepted MIME types, lower case. */
  allowedTypes?: string[]
  /** Whether the file storage signs direct-upload URLs (the S3 provider does). */
  presigned?: boolean
  /** The prefix the file storage puts before every key (S3_PREFIX), part of each file id. */
  keyPrefix?: string
}

export type SellerUploadSettings = Required<SellerUploadOptions>

export type SellerSettings = Required<Omit<SellerModuleOptions, "uploads">> & {
  uploads: SellerUploadSettings
}
