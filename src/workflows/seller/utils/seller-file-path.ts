import { randomUUID } from "node:crypto"

/** Every seller upload is stored under `sellers/<seller id>/` (after the storage's key prefix). */
export function sellerFileName(sellerId: string, originalName: string): string {
  const base = originalName.split(/[\\/]/).pop() || "file"
  const safe = base
    .replace(/[^A-Za-z0-9._-]/g, "_")
    .replace(/^\.+/, "")
    .slice(-100)
  return `sellers/${sellerId}/${safe || "file"}`
}

/**
 * `sellerFileName` made unique by a random UUID before the base name. It is added after
 * sanitising, which keeps only the last path segment and its last 100 characters: added
 * before, a name like `a/x.png` or a long one lost it, and two presigned uploads got the
 * same key, the second overwriting the first.
 */
export function uniqueSellerFileName(
  sellerId: string,
  originalName: string
): string {
  return sellerFileName(sellerId, originalName).replace(
    /[^/]+$/,
    (name) => `${randomUUID()}-${name}`
  )
}

/**
 * Whether a File Module id names one of this seller's uploads; `keyPrefix` is the prefix
 * the storage puts before every key (the seller module's `uploads.keyPrefix`).
 */
export function isSellerFile(
  sellerId: string,
  fileId: string,
  keyPrefix: string
): boolean {
  return (
    fileId.startsWith(`${keyPrefix}sellers/${sellerId}/`) &&
    !fileId.split("/").includes("..")
  )
}
