/** What the store shows of a published review (no customer, order or moderation data). */
export const storeReviewFields = [
  "id",
  "reference",
  "reference_id",
  "seller_id",
  "rating",
  "title",
  "body",
  "seller_reply",
  "seller_replied_at",
  "created_at",
  "updated_at",
]

/** A customer's own reviews: also their status, order line and the moderator's note. */
export const storeCustomerReviewFields = [
  ...storeReviewFields,
  "status",
  "order_id",
  "line_item_id",
  "moderation_note",
]

export const listTransformQueryConfig = {
  defaults: storeReviewFields,
  allowed: storeReviewFields,
  defaultLimit: 10,
  isList: true,
}

export const customerListTransformQueryConfig = {
  defaults: storeCustomerReviewFields,
  allowed: storeCustomerReviewFields,
  defaultLimit: 10,
  isList: true,
}
