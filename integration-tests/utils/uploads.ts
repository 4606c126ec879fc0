/** A valid 1×1 PNG. */
export const PNG = Buffer.from(
  "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082",
  "hex"
)

export type UploadFile = { name: string; type: string; content: Buffer }

/** A multipart body with the files in the `files` field, as POST /vendor/uploads expects. */
export function multipart(files: UploadFile[]): FormData {
  const form = new FormData()
  for (const file of files) {
    form.append(
      "files",
      new Blob([new Uint8Array(file.content)], { type: file.type }),
      file.name
    )
  }
  return form
}
