export const adminReviewFields = [
  "id",
  "reference",
  "reference_id",
  "seller_id",
  "customer_id",
  "order_id",
  "line_item_id",
  "rating",
  "title",
  "body",
  "status",
  "seller_reply",
  "seller_replied_at",
  "moderation_note",
  "moderated_at",
  "created_at",
  "updated_at",
]

export const listTransformQueryConfig = {
  defaults: adminReviewFields,
  allowed: adminReviewFields,
  defaultLimit: 20,
  isList: true,
}
