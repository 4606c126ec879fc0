import { Photo } from "@medusajs/icons"
import { clx } from "@medusajs/ui"

/** A product picture in the dashboard's thumbnail frame (a placeholder icon without one). */
export const Thumbnail = ({
  src,
  alt,
  size = "small",
}: {
  src?: string | null
  alt: string
  size?: "small" | "base"
}) => (
  <div
    className={clx(
      "bg-ui-bg-component border-ui-border-base flex items-center justify-center overflow-hidden rounded border",
      size === "small" ? "h-8 w-6" : "h-24 w-20"
    )}
  >
    {src ? (
      <img src={src} alt={alt} className="h-full w-full object-cover" />
    ) : (
      <Photo className="text-ui-fg-subtle" />
    )}
  </div>
)
