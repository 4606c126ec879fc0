/** What a seller asks an admin to review. */
export const RequestType = {
  SELLER_REGISTRATION: "seller_registration",
  PRODUCT_PUBLICATION: "product_publication",
  PRODUCT_CATEGORY: "product_category",
  PRODUCT_TYPE: "product_type",
  /** Changes to a published product's presentation, held for review (PRODUCT_APPROVAL=manual). */
  PRODUCT_UPDATE: "product_update",
  /** A seller asks for an abusive review of it or its products to be removed. */
  REVIEW_REMOVAL: "review_removal",
} as const
export type RequestType = (typeof RequestType)[keyof typeof RequestType]
export const REQUEST_TYPES = [
  RequestType.SELLER_REGISTRATION,
  RequestType.PRODUCT_PUBLICATION,
  RequestType.PRODUCT_CATEGORY,
  RequestType.PRODUCT_TYPE,
  RequestType.PRODUCT_UPDATE,
  RequestType.REVIEW_REMOVAL,
] as const

export const RequestStatus = {
  PENDING: "pending",
  ACCEPTED: "accepted",
  REJECTED: "rejected",
  WITHDRAWN: "withdrawn",
} as const
export type RequestStatus = (typeof RequestStatus)[keyof typeof RequestStatus]
export const REQUEST_STATUSES = [
  RequestStatus.PENDING,
  RequestStatus.ACCEPTED,
  RequestStatus.REJECTED,
  RequestStatus.WITHDRAWN,
] as const
