import type { MarketplaceRequest } from "../../../lib/types"

const text = (value: unknown) =>
  typeof value === "string" && value ? value : undefined

/** One line naming what a request is about (the seller, product, category, type or removal reason). */
export function requestSummary(
  request: Pick<MarketplaceRequest, "type" | "payload">
): string {
  const payload = request.payload ?? {}
  switch (request.type) {
    case "seller_registration":
      return text(payload.name) ?? "-"
    case "product_publication":
    case "product_update":
      return text(payload.title) ?? text(payload.product_id) ?? "-"
    case "product_category":
      return text(payload.name) ?? "-"
    case "product_type":
      return text(payload.value) ?? text(payload.name) ?? "-"
    case "review_removal":
      return text(payload.reason) ?? text(payload.review_id) ?? "-"
    default:
      return "-"
  }
}
