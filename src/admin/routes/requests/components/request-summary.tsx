import type { MarketplaceRequest } from "../../../lib/types"

const text = (value: unknown) =>
  typeof value === "string" && value ? value : undefined

/** One line naming what a request is about (the seller, product, category or type). */
export function requestSummary(
  request: Pick<MarketplaceRequest, "type" | "payload">
): string {
  const payload = request.payload ?? {}
  switch (request.type) {
    case "seller_registration":
      return text(payload.name) ?? "-"
    case "product_publication":
      return text(payload.title) ?? text(payload.product_id) ?? "-"
    case "product_category":
      return text(payload.name) ?? "-"
    case "product_type":
      return text(payload.value) ?? text(payload.name) ?? "-"
    default:
      return "-"
  }
}
