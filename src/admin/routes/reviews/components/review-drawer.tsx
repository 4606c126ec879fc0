import {
  Button,
  Drawer,
  Label,
  Prompt,
  Text,
  Textarea,
  toast,
} from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ReviewStatusBadge } from "../../../components/status-badges"
import { useDeleteReview, useModerateReview } from "../../../hooks/reviews"
import { formatDateTime } from "../../../lib/format"
import type { Review } from "../../../lib/types"

const Row = ({
  label,
  children,
}: {
  label: string
  children: React.ReactNode
}) => (
  <div className="grid grid-cols-3 gap-2 py-2">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <div className="txt-small col-span-2 break-words">{children || "-"}</div>
  </div>
)

const link = "text-ui-fg-interactive hover:underline"

/**
 * A review's details; publish (note optional) a pending or rejected one, reject (note
 * required) a pending or published one, delete any.
 */
export const ReviewDrawer = ({
  review,
  sellerName,
  onClose,
}: {
  review: Review | null
  sellerName?: string
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const [confirmDelete, setConfirmDelete] = useState(false)
  const moderate = useModerateReview()
  const remove = useDeleteReview()

  useEffect(() => {
    setNote("")
    setError(null)
  }, [review?.id])

  const decide = async (decision: "publish" | "reject") => {
    if (!review) {
      return
    }
    if (decision === "reject" && !note.trim()) {
      setError(t("marketplace.reviews.rejectNeedsNote"))
      return
    }
    try {
      await moderate.mutateAsync({
        id: review.id,
        decision,
        note: note.trim() || undefined,
      })
      toast.success(t(`marketplace.reviews.done.${decision}`))
      onClose()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  const deleteReview = async () => {
    if (!review) {
      return
    }
    try {
      await remove.mutateAsync({ id: review.id })
      toast.success(t("marketplace.reviews.done.delete"))
      setConfirmDelete(false)
      onClose()
    } catch (failure) {
      setConfirmDelete(false)
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  const busy = moderate.isPending || remove.isPending
  return (
    <Drawer open={!!review} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="review-drawer">
        <Drawer.Header>
          <Drawer.Title>
            {review
              ? t("marketplace.reviews.stars", { rating: review.rating })
              : ""}
          </Drawer.Title>
        </Drawer.Header>
        {review && (
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <div className="divide-y">
              <Row label={t("marketplace.fields.status")}>
                <ReviewStatusBadge status={review.status} />
              </Row>
              <Row label={t("marketplace.reviews.reference")}>
                {review.reference === "product" ? (
                  <Link
                    to={`/products/${review.reference_id}`}
                    className={link}
                  >
                    {t("marketplace.reviewReference.product")}{" "}
                    {review.reference_id}
                  </Link>
                ) : (
                  t("marketplace.reviewReference.seller")
                )}
              </Row>
              <Row label={t("marketplace.fields.seller")}>
                <Link to={`/sellers/${review.seller_id}`} className={link}>
                  {sellerName ?? review.seller_id}
                </Link>
              </Row>
              <Row label={t("marketplace.fields.order")}>
                <Link to={`/orders/${review.order_id}`} className={link}>
                  {review.order_id}
                </Link>
              </Row>
              <Row label={t("marketplace.fields.customer")}>
                <Link to={`/customers/${review.customer_id}`} className={link}>
                  {review.customer_id}
                </Link>
              </Row>
              <Row label={t("marketplace.reviews.written")}>
                {formatDateTime(review.created_at)}
              </Row>
              <Row label={t("marketplace.reviews.text")}>
                {review.title || review.body ? (
                  <>
                    {review.title && <Text weight="plus">{review.title}</Text>}
                    {review.body}
                  </>
                ) : null}
              </Row>
              {review.seller_reply && (
                <Row label={t("marketplace.reviews.reply")}>
                  {review.seller_reply}
                </Row>
              )}
              {review.moderated_at && (
                <Row label={t("marketplace.reviews.moderated")}>
                  {formatDateTime(review.moderated_at)}
                  {review.moderation_note && ` · ${review.moderation_note}`}
                </Row>
              )}
            </div>
            <div className="flex flex-col gap-y-2">
              <Label
                htmlFor="review-moderation-note"
                size="small"
                weight="plus"
              >
                {t("marketplace.reviews.note")}
              </Label>
              <Textarea
                id="review-moderation-note"
                value={note}
                onChange={(event) => setNote(event.target.value)}
                aria-describedby="review-moderation-note-hint"
              />
              <Text
                id="review-moderation-note-hint"
                size="xsmall"
                className="text-ui-fg-subtle"
              >
                {t("marketplace.reviews.noteHint")}
              </Text>
              {error && (
                <Text size="small" className="text-ui-fg-error" role="alert">
                  {error}
                </Text>
              )}
            </div>
          </Drawer.Body>
        )}
        <Drawer.Footer>
          <Button
            size="small"
            variant="secondary"
            onClick={() => setConfirmDelete(true)}
            disabled={busy}
            data-testid="review-delete"
          >
            {t("marketplace.reviews.delete")}
          </Button>
          {review?.status !== "rejected" && (
            <Button
              size="small"
              variant="danger"
              onClick={() => decide("reject")}
              isLoading={moderate.isPending}
              data-testid="review-reject"
            >
              {t("marketplace.reviews.reject")}
            </Button>
          )}
          {review?.status !== "published" && (
            <Button
              size="small"
              onClick={() => decide("publish")}
              isLoading={moderate.isPending}
              data-testid="review-publish"
            >
              {t("marketplace.reviews.publish")}
            </Button>
          )}
        </Drawer.Footer>
      </Drawer.Content>
      <Prompt open={confirmDelete} onOpenChange={setConfirmDelete}>
        <Prompt.Content>
          <Prompt.Header>
            <Prompt.Title>{t("marketplace.reviews.delete")}</Prompt.Title>
            <Prompt.Description>
              {t("marketplace.reviews.deleteConfirm")}
            </Prompt.Description>
          </Prompt.Header>
          <Prompt.Footer>
            <Prompt.Cancel>{t("marketplace.common.cancel")}</Prompt.Cancel>
            <Prompt.Action
              onClick={deleteReview}
              data-testid="review-delete-confirm"
            >
              {t("marketplace.common.delete")}
            </Prompt.Action>
          </Prompt.Footer>
        </Prompt.Content>
      </Prompt>
    </Drawer>
  )
}
