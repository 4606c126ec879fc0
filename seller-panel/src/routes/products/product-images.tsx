import { Badge, Button, toast } from "@medusajs/ui"
import type { VendorProduct } from "../../../../src/types/http"
import { errorMessage } from "../../components/states"
import { Thumbnail } from "../../components/thumbnail"
import { useVendorMutation } from "../../hooks/api/resource"
import { EmptyRow, Section } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { ImageUpload } from "./image-upload"

type ImageChange = {
  images?: { id?: string; url: string }[]
  thumbnail?: string | null
}

/** The product's pictures: upload more (through /vendor/uploads), remove one, pick the thumbnail. */
export const ProductImages = ({ product }: { product: VendorProduct }) => {
  const update = useVendorMutation(
    (change: ImageChange) => vendor.products.update(product.id, change),
    ["products", "requests"]
  )
  const kept = product.images.map(({ id, url }) => ({ id, url }))
  const save = async (change: ImageChange, done: string) => {
    try {
      const { review } = await update.mutateAsync(change)
      toast.success(
        review ? "Changes sent to the marketplace for review" : done
      )
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <Section title="Images" testId="product-images">
      {product.images.length ? (
        <ul className="flex flex-wrap gap-4 px-6 py-4">
          {product.images.map((image, index) => {
            const isThumbnail = product.thumbnail === image.url
            const rest = kept.filter(({ id }) => id !== image.id)
            return (
              <li
                key={image.id}
                className="flex flex-col items-center gap-y-2"
                data-testid="product-image"
              >
                <Thumbnail
                  src={image.url}
                  alt={`Image ${index + 1}`}
                  size="base"
                />
                {isThumbnail ? (
                  <Badge size="2xsmall" color="blue">
                    Thumbnail
                  </Badge>
                ) : (
                  <Button
                    size="small"
                    variant="transparent"
                    aria-label={`Use image ${index + 1} as thumbnail`}
                    disabled={update.isPending}
                    onClick={() =>
                      save({ thumbnail: image.url }, "Thumbnail changed")
                    }
                  >
                    Use as thumbnail
                  </Button>
                )}
                <Button
                  size="small"
                  variant="transparent"
                  aria-label={`Remove image ${index + 1}`}
                  disabled={update.isPending}
                  onClick={() =>
                    save(
                      {
                        images: rest,
                        ...(isThumbnail
                          ? { thumbnail: rest[0]?.url ?? null }
                          : {}),
                      },
                      "Image removed"
                    )
                  }
                >
                  Remove
                </Button>
              </li>
            )
          })}
        </ul>
      ) : (
        <EmptyRow>No images.</EmptyRow>
      )}
      <div className="border-ui-border-base border-t px-6 py-4">
        <ImageUpload
          label="Add images"
          images={[]}
          onChange={(uploaded) =>
            save(
              {
                images: [...kept, ...uploaded.map(({ url }) => ({ url }))],
                ...(product.thumbnail ? {} : { thumbnail: uploaded[0]?.url }),
              },
              "Image added"
            )
          }
        />
      </div>
    </Section>
  )
}
