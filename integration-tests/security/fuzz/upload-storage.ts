import fs from "node:fs"
import path from "node:path"
import type { RawResponse } from "./send"

/** Every file under `dir`, as `/`-separated paths relative to it. */
export function storedFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) {
    return []
  }
  return (
    fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]
  )
    .filter((entry) => entry.isFile())
    .map((entry) =>
      path
        .relative(dir, path.join(entry.parentPath, entry.name))
        .split(path.sep)
        .join("/")
    )
    .sort()
}

/**
 * Why an upload broke the storage rules, or null: a refused upload stores nothing; an
 * accepted one stores only under `sellers/<seller id>/`, never through `..`, exactly the
 * files it answered with.
 */
export function storageViolation(
  before: string[],
  after: string[],
  response: RawResponse,
  sellerId: string
): string | null {
  const known = new Set(before)
  const added = after.filter((file) => !known.has(file))
  if (response.status >= 400) {
    return added.length
      ? `refused with ${response.status} but stored ${added.join(", ")}`
      : null
  }
  const outside = added.filter(
    (file) =>
      !file.startsWith(`sellers/${sellerId}/`) || file.split("/").includes("..")
  )
  if (outside.length) {
    return `stored outside sellers/${sellerId}/: ${outside.join(", ")}`
  }
  const answered = (
    (JSON.parse(response.text) as { files?: { id: string }[] }).files ?? []
  ).map((file) => file.id)
  if (
    answered.length !== added.length ||
    answered.some((id) => !added.includes(id))
  ) {
    return `answered ${JSON.stringify(answered)} but stored ${JSON.stringify(added)}`
  }
  return null
}
