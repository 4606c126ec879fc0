import type { Payload } from "./raw-bodies"

export type RawPart = {
  field?: string
  name: string
  type?: string
  content: Buffer
}

export const MULTIPART_BOUNDARY = "----fuzzboundary7MA4YWxkTrZu0gW"

/**
 * A multipart/form-data body written byte by byte, so file names with NUL, backslashes or
 * odd unicode and declared types in any case reach the parser exactly as given (FormData
 * and Blob normalise both). `closed: false` leaves out the closing boundary.
 */
export function multipartBody(
  parts: RawPart[],
  { closed = true } = {}
): Payload {
  const chunks: Buffer[] = []
  for (const part of parts) {
    const headers = [
      `--${MULTIPART_BOUNDARY}`,
      `Content-Disposition: form-data; name="${part.field ?? "files"}"; filename="${part.name}"`,
    ]
    if (part.type) headers.push(`Content-Type: ${part.type}`)
    chunks.push(
      Buffer.from(headers.join("\r\n") + "\r\n\r\n", "utf8"),
      part.content,
      Buffer.from("\r\n")
    )
  }
  if (closed) chunks.push(Buffer.from(`--${MULTIPART_BOUNDARY}--\r\n`))
  return {
    headers: {
      "content-type": `multipart/form-data; boundary=${MULTIPART_BOUNDARY}`,
    },
    body: Buffer.concat(chunks),
  }
}
