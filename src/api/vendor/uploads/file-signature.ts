/**
 * The MIME type a file's first bytes prove, for the types sellers usually upload;
 * undefined when the content matches none of them. Used to refuse a file whose
 * declared type is not what it contains.
 */
export function detectMimeType(content: Buffer): string | undefined {
  const starts = (bytes: number[], offset = 0) =>
    content.length >= offset + bytes.length &&
    bytes.every((b, i) => content[offset + i] === b)
  if (starts([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return "image/png"
  if (starts([0xff, 0xd8, 0xff])) return "image/jpeg"
  if (starts([0x47, 0x49, 0x46, 0x38])) return "image/gif"
  if (starts([0x52, 0x49, 0x46, 0x46]) && starts([0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp"
  if (starts([0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"
  return undefined
}

const KNOWN_TYPES = new Set([
  "image/png",
  "image/jpeg",
  "image/gif",
  "image/webp",
  "application/pdf",
])

/** Whether the content is consistent with the declared type (unknown types are trusted). */
export function contentMatchesType(content: Buffer, declared: string): boolean {
  const type = declared.toLowerCase()
  return !KNOWN_TYPES.has(type) || detectMimeType(content) === type
}
