export const vendorReviewFields = [
  "id",
  "reference",
  "reference_id",
  "seller_id",
  "rating",
  "title",
  "body",
  "status",
  "order_id",
  "line_item_id",
  "seller_reply",
  "seller_replied_at",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: vendorReviewFields,
  allowed: vendorReviewFields,
  defaultLimit: 20,
  isList: true,
}
