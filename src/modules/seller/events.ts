/** Event names emitted by the seller workflows; subscribers depend on them. */
export const SellerEvents = {
  REGISTERED: "seller.registered",
  APPROVED: "seller.approved",
  REJECTED: "seller.rejected",
  SUSPENDED: "seller.suspended",
  REINSTATED: "seller.reinstated",
  UPDATED: "seller.updated",
  MEMBER_INVITED: "seller.member_invited",
  MEMBER_JOINED: "seller.member_joined",
  MEMBER_ROLE_CHANGED: "seller.member_role_changed",
  MEMBER_REMOVED: "seller.member_removed",
  INVITE_REVOKED: "seller.invite_revoked",
} as const

export type SellerRegisteredData = {
  id: string
  member_id: string
  request_id: string
}
export type SellerReviewedData = {
  id: string
  request_id: string
  reviewer_id: string | null
  note: string | null
}
export type SellerStatusChangedData = {
  id: string
  reason: string | null
  actor_id: string | null
  /** When the change happened; with `id` it identifies this occurrence (idempotency). */
  occurred_at: string
}
export type MemberInvitedData = {
  id: string
  seller_id: string
  email: string
  role: string
  /** The raw invite token, for the invitation email only (like Medusa's password reset event). */
  token: string
  expires_at: string
  invited_by: string | null
}
export type MemberJoinedData = {
  id: string
  seller_id: string
  invite_id: string
  role: string
}
/** `actor_id`: the member who made the change. */
export type MemberRoleChangedData = {
  id: string
  seller_id: string
  role: string
  previous_role: string
  actor_id: string | null
}
export type MemberRemovedData = {
  id: string
  seller_id: string
  role: string
  actor_id: string | null
}
export type InviteRevokedData = {
  id: string
  seller_id: string
  actor_id: string | null
}
