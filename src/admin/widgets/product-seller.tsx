import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { Link } from "react-router-dom"
import { ErrorState } from "../components/error-state"
import { Field, Section } from "../components/section"
import {
  RequestStatusBadge,
  SellerStatusBadge,
} from "../components/status-badges"
import { useProductMarketplaceDetails } from "../hooks/overview"
import { formatDateTime } from "../lib/format"

/** On Medusa's product page: the product's seller and the state of its publication request. */
const ProductSellerWidget = ({ data: product }: { data: { id: string } }) => {
  const { t } = useTranslation()
  const { data, isLoading, error, refetch } = useProductMarketplaceDetails(
    product.id
  )

  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  const latest = data?.publication_requests[0]
  return (
    <Section
      title={t("marketplace.widgets.marketplace")}
      testId="product-seller-widget"
    >
      {isLoading || !data ? (
        <div className="px-6 py-4">
          <Skeleton className="h-12 w-full" />
        </div>
      ) : (
        <>
          <Field label={t("marketplace.fields.seller")}>
            {data.seller ? (
              <div className="flex flex-wrap items-center gap-2">
                <Link
                  to={`/sellers/${data.seller.id}`}
                  className="text-ui-fg-interactive hover:underline"
                >
                  {data.seller.name}
                </Link>
                <SellerStatusBadge status={data.seller.status} />
              </div>
            ) : (
              t("marketplace.widgets.noSeller")
            )}
          </Field>
          <Field label={t("marketplace.widgets.publication")}>
            {latest ? (
              <div className="flex flex-col items-start gap-y-1">
                <Link
                  to={`/requests?type=product_publication`}
                  className="hover:underline"
                >
                  <RequestStatusBadge status={latest.status} />
                </Link>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {latest.reviewed_at
                    ? t("marketplace.widgets.reviewedAt", {
                        date: formatDateTime(latest.reviewed_at),
                      })
                    : t("marketplace.widgets.submittedAt", {
                        date: formatDateTime(latest.created_at),
                      })}
                </Text>
                {latest.reviewer_note && (
                  <Text size="xsmall">“{latest.reviewer_note}”</Text>
                )}
              </div>
            ) : (
              t("marketplace.widgets.noPublicationRequest")
            )}
          </Field>
        </>
      )}
    </Section>
  )
}

export const config = defineWidgetConfig({
  zone: "product.details.side.after",
  id: "marketplace:product-seller",
})

export default ProductSellerWidget
