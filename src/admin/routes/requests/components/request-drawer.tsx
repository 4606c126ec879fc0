import { Button, Drawer, Label, Text, Textarea, toast } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { RequestStatusBadge } from "../../../components/status-badges"
import { useReviewRequest } from "../../../hooks/requests"
import { formatDateTime } from "../../../lib/format"
import type { MarketplaceRequest } from "../../../lib/types"

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

/** The request's payload in readable form, per request type. */
const Payload = ({
  request,
  sellerName,
}: {
  request: MarketplaceRequest
  sellerName?: string
}) => {
  const { t } = useTranslation()
  const payload = (request.payload ?? {}) as Record<string, string | undefined>
  const sellerLink = (
    <Link
      to={`/sellers/${request.seller_id}`}
      className="text-ui-fg-interactive hover:underline"
    >
      {sellerName ?? request.seller_id}
    </Link>
  )
  switch (request.type) {
    case "seller_registration":
      return (
        <>
          <Row label={t("marketplace.fields.name")}>{payload.name}</Row>
          <Row label={t("marketplace.fields.handle")}>{payload.handle}</Row>
          <Row label={t("marketplace.fields.email")}>{payload.email}</Row>
          <Row label={t("marketplace.fields.seller")}>{sellerLink}</Row>
        </>
      )
    case "product_publication":
      return (
        <>
          <Row label={t("marketplace.fields.product")}>
            {payload.product_id ? (
              <Link
                to={`/products/${payload.product_id}`}
                className="text-ui-fg-interactive hover:underline"
                data-testid="request-product-link"
              >
                {payload.title ?? payload.product_id}
              </Link>
            ) : (
              payload.title
            )}
          </Row>
          <Row label={t("marketplace.fields.seller")}>{sellerLink}</Row>
        </>
      )
    case "product_category":
      return (
        <>
          <Row label={t("marketplace.requests.categoryName")}>
            {payload.name}
          </Row>
          <Row label={t("marketplace.fields.handle")}>{payload.handle}</Row>
          <Row label={t("marketplace.requests.parentCategory")}>
            {payload.parent_category_id ? (
              <Link
                to={`/categories/${payload.parent_category_id}`}
                className="text-ui-fg-interactive hover:underline"
              >
                {payload.parent_category_id}
              </Link>
            ) : null}
          </Row>
          <Row label={t("marketplace.sellers.description")}>
            {payload.description}
          </Row>
          <Row label={t("marketplace.fields.seller")}>{sellerLink}</Row>
        </>
      )
    case "product_type":
      return (
        <>
          <Row label={t("marketplace.requests.typeValue")}>
            {payload.value ?? payload.name}
          </Row>
          <Row label={t("marketplace.fields.seller")}>{sellerLink}</Row>
        </>
      )
    case "review_removal":
      return (
        <>
          <Row label={t("marketplace.requests.review")}>
            <Link
              to={`/reviews?id=${payload.review_id ?? ""}`}
              className="text-ui-fg-interactive hover:underline"
              data-testid="request-review-link"
            >
              {payload.review_id}
            </Link>
          </Row>
          <Row label={t("marketplace.requests.reason")}>{payload.reason}</Row>
          <Row label={t("marketplace.fields.seller")}>{sellerLink}</Row>
        </>
      )
    default:
      return (
        <pre className="txt-compact-xsmall bg-ui-bg-subtle overflow-auto rounded p-2">
          {JSON.stringify(request.payload, null, 2)}
        </pre>
      )
  }
}

/** A request's details, and for a pending one accept (note optional) or reject (note required). */
export const RequestDrawer = ({
  request,
  sellerName,
  onClose,
}: {
  request: MarketplaceRequest | null
  sellerName?: string
  onClose: () => void
}) => {
  const { t } = useTranslation()
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const review = useReviewRequest()

  useEffect(() => {
    setNote("")
    setError(null)
  }, [request?.id])

  const decide = async (decision: "accept" | "reject") => {
    if (!request) {
      return
    }
    if (decision === "reject" && !note.trim()) {
      setError(t("marketplace.requests.rejectNeedsNote"))
      return
    }
    try {
      await review.mutateAsync({
        id: request.id,
        decision,
        note: note.trim() || undefined,
      })
      toast.success(t(`marketplace.requests.done.${decision}`))
      onClose()
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <Drawer open={!!request} onOpenChange={(open) => !open && onClose()}>
      <Drawer.Content data-testid="request-drawer">
        <Drawer.Header>
          <Drawer.Title>
            {request ? t(`marketplace.requestType.${request.type}`) : ""}
          </Drawer.Title>
        </Drawer.Header>
        {request && (
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <div className="divide-y">
              <Row label={t("marketplace.fields.status")}>
                <RequestStatusBadge status={request.status} />
              </Row>
              <Row label={t("marketplace.requests.submitted")}>
                {formatDateTime(request.created_at)}
              </Row>
              <Payload request={request} sellerName={sellerName} />
              {request.reviewed_at && (
                <Row label={t("marketplace.requests.reviewed")}>
                  {formatDateTime(request.reviewed_at)}
                </Row>
              )}
              {request.reviewer_note && (
                <Row label={t("marketplace.requests.note")}>
                  {request.reviewer_note}
                </Row>
              )}
            </div>
            {request.status === "pending" && (
              <div className="flex flex-col gap-y-2">
                <Label htmlFor="review-note" size="small" weight="plus">
                  {t("marketplace.requests.note")}
                </Label>
                <Textarea
                  id="review-note"
                  value={note}
                  onChange={(event) => setNote(event.target.value)}
                />
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("marketplace.requests.noteHint")}
                </Text>
                {error && (
                  <Text size="small" className="text-ui-fg-error" role="alert">
                    {error}
                  </Text>
                )}
              </div>
            )}
          </Drawer.Body>
        )}
        <Drawer.Footer>
          {request?.status === "pending" ? (
            <>
              <Button
                size="small"
                variant="danger"
                onClick={() => decide("reject")}
                isLoading={review.isPending}
                data-testid="request-reject"
              >
                {t("marketplace.requests.reject")}
              </Button>
              <Button
                size="small"
                onClick={() => decide("accept")}
                isLoading={review.isPending}
                data-testid="request-accept"
              >
                {t("marketplace.requests.accept")}
              </Button>
            </>
          ) : (
            <Drawer.Close asChild>
              <Button size="small" variant="secondary">
                {t("marketplace.common.close")}
              </Button>
            </Drawer.Close>
          )}
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}
