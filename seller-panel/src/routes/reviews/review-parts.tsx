import { StarSolid } from "@medusajs/icons"
import { useQuery } from "@tanstack/react-query"
import type { VendorReview } from "../../../../src/types/http"
import { queryKeys } from "../../lib/query-keys"
import { vendor } from "../../lib/vendor-client"

export const REVIEW_STATUS_COLORS: Record<string, "green" | "orange" | "red"> =
  {
    published: "green",
    pending: "orange",
    rejected: "red",
  }

/**
 * What the review is about: the shop itself or one of its products, by title (each product is
 * fetched once and shared with the product pages' cache; its id while loading or when deleted).
 */
export const ReviewSubject = ({ review }: { review: VendorReview }) => {
  const isProduct = review.reference === "product"
  const product = useQuery({
    queryKey: queryKeys.detail("products", review.reference_id),
    queryFn: () => vendor.products.retrieve(review.reference_id),
    enabled: isProduct,
    retry: false,
  })
  if (!isProduct) {
    return <>Your shop</>
  }
  return <>{product.data?.product.title ?? review.reference_id}</>
}

export const Rating = ({ rating }: { rating: number }) => (
  <span className="flex items-center gap-1" aria-label={`${rating} of 5`}>
    <StarSolid className="text-ui-tag-orange-icon" />
    {rating}/5
  </span>
)
