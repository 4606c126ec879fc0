/** What a review is about. */
export const ReviewReference = {
  PRODUCT: "product",
  SELLER: "seller",
} as const
export type ReviewReference =
  (typeof ReviewReference)[keyof typeof ReviewReference]
export const REVIEW_REFERENCES = [
  ReviewReference.PRODUCT,
  ReviewReference.SELLER,
] as const

export const ReviewStatus = {
  PENDING: "pending",
  PUBLISHED: "published",
  REJECTED: "rejected",
} as const
export type ReviewStatus = (typeof ReviewStatus)[keyof typeof ReviewStatus]
export const REVIEW_STATUSES = [
  ReviewStatus.PENDING,
  ReviewStatus.PUBLISHED,
  ReviewStatus.REJECTED,
] as const

/** Whether a new review is shown at once (`auto`) or waits for an admin (`manual`). */
export const ReviewModeration = {
  AUTO: "auto",
  MANUAL: "manual",
} as const
export type ReviewModeration =
  (typeof ReviewModeration)[keyof typeof ReviewModeration]
export const REVIEW_MODERATION_MODES = [
  ReviewModeration.AUTO,
  ReviewModeration.MANUAL,
] as const

/** Bounds of what a customer and a seller write. */
export const REVIEW_LIMITS = {
  minRating: 1,
  maxRating: 5,
  title: 120,
  body: 4000,
  reply: 2000,
  note: 2000,
} as const
