import { marketplaceEnv } from "../../config"

/** Every seller upload is stored under `sellers/<seller id>/` (after any S3_PREFIX). */
export function sellerFileName(sellerId: string, originalName: string): string {
  const base = originalName.split(/[\\/]/).pop() || "file"
  const safe = base.replace(/[^A-Za-z0-9._-]/g, "_").replace(/^\.+/, "").slice(-100)
  return `sellers/${sellerId}/${safe || "file"}`
}

/** Whether a File Module id names one of this seller's uploads. */
export function isSellerFile(sellerId: string, fileId: string, prefix = storagePrefix()): boolean {
  return (
    fileId.startsWith(`${prefix}sellers/${sellerId}/`) && !fileId.split("/").includes("..")
  )
}

function storagePrefix(): string {
  const file = marketplaceEnv().file
  return file.provider === "s3" ? (file.prefix ?? "") : ""
}
