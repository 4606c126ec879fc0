import { Thumbnail } from "../../components/thumbnail"
import { Hint, Label } from "@medusajs/ui"
import { useState } from "react"
import type { UploadedFile } from "../../../../src/types/http"
import { errorMessage } from "../../components/states"
import { vendor } from "../../lib/vendor-client"

/** Pictures uploaded at once through /vendor/uploads; the product keeps their URLs. */
export const ImageUpload = ({
  images,
  onChange,
  label = "Images",
}: {
  images: UploadedFile[]
  onChange: (images: UploadedFile[]) => void
  label?: string
}) => {
  const [error, setError] = useState<string>()
  const [uploading, setUploading] = useState(false)
  return (
    <div className="flex flex-col gap-y-2">
      <Label htmlFor="images" size="small" weight="plus">
        {label}
      </Label>
      <input
        id="images"
        type="file"
        accept="image/png,image/jpeg,image/webp,image/gif"
        multiple
        className="txt-small"
        onChange={async (event) => {
          const files = [...(event.target.files ?? [])]
          if (!files.length) {
            return
          }
          setUploading(true)
          setError(undefined)
          try {
            const { files: uploaded } = await vendor.uploads.create(files)
            onChange([...images, ...uploaded])
          } catch (failure) {
            setError(errorMessage(failure))
          } finally {
            setUploading(false)
            event.target.value = ""
          }
        }}
      />
      {uploading && <Hint>Uploading…</Hint>}
      {error && (
        <Hint variant="error" data-testid="field-error-images">
          {error}
        </Hint>
      )}
      <div className="flex gap-2" data-testid="uploaded-images">
        {images.map((image) => (
          <Thumbnail key={image.id} src={image.url} alt="Uploaded image" />
        ))}
      </div>
    </div>
  )
}
