import { Drawer, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"
import type { VendorReview } from "../../../../src/types/http"
import { formatDateTime } from "../../lib/shared"
import { Rating, ReviewSubject } from "./review-parts"
import { ReviewRemovalForm } from "./review-removal-form"
import { ReviewReplyForm } from "./review-reply-form"

const Detail = ({
  label,
  children,
}: {
  label: string
  children: ReactNode
}) => (
  <div className="grid grid-cols-[8rem_1fr] gap-2">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small break-words">{children}</div>
  </div>
)

/** One review in full, with the seller's reply and the removal request. */
export const ReviewDrawer = ({
  review,
  onClose,
}: {
  review: VendorReview | undefined
  onClose: () => void
}) => (
  <Drawer open={!!review} onOpenChange={(open) => !open && onClose()}>
    <Drawer.Content data-testid="review-drawer">
      <Drawer.Header>
        <Drawer.Title>{review?.title ?? "Review"}</Drawer.Title>
      </Drawer.Header>
      {review && (
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          <div className="flex flex-col gap-y-2">
            <Detail label="Rating">
              <Rating rating={review.rating} />
            </Detail>
            <Detail label="Subject">
              <ReviewSubject review={review} />
            </Detail>
            <Detail label="Order">
              <Link
                to={`/orders/${review.order_id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                {review.order_id}
              </Link>
            </Detail>
            <Detail label="Received">
              {formatDateTime(review.created_at)}
            </Detail>
            <Text size="small" className="whitespace-pre-line pt-2">
              {review.body ?? "The customer left a rating without text."}
            </Text>
          </div>
          {review.status === "published" ? (
            <ReviewReplyForm key={review.id} review={review} />
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              You can reply once the marketplace publishes this review.
            </Text>
          )}
          <ReviewRemovalForm key={`removal-${review.id}`} review={review} />
        </Drawer.Body>
      )}
    </Drawer.Content>
  </Drawer>
)
