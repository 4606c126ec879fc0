export const RequestEvents = {
  CREATED: "request.created",
  ACCEPTED: "request.accepted",
  REJECTED: "request.rejected",
} as const

export type RequestCreatedData = {
  id: string
  type: string
  seller_id: string
  submitted_by: string | null
}
export type RequestReviewedData = {
  id: string
  type: string
  seller_id: string
  status: "accepted" | "rejected"
  reviewer_id: string | null
  note: string | null
}
