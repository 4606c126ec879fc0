/** Where a seller stands; only `open` sellers sell and are listed in the store. */
export const SellerStatus = {
  PENDING_APPROVAL: "pending_approval",
  OPEN: "open",
  SUSPENDED: "suspended",
  TERMINATED: "terminated",
} as const
export type SellerStatus = (typeof SellerStatus)[keyof typeof SellerStatus]
export const SELLER_STATUSES = [
  SellerStatus.PENDING_APPROVAL,
  SellerStatus.OPEN,
  SellerStatus.SUSPENDED,
  SellerStatus.TERMINATED,
] as const

/** What a member may do for its seller: owners and admins manage the team and the money. */
export const MemberRole = {
  OWNER: "owner",
  ADMIN: "admin",
  MEMBER: "member",
} as const
export type MemberRole = (typeof MemberRole)[keyof typeof MemberRole]
export const MEMBER_ROLES = [
  MemberRole.OWNER,
  MemberRole.ADMIN,
  MemberRole.MEMBER,
] as const

/** Whether seller registrations and product publications wait for an admin. */
export const ApprovalMode = {
  MANUAL: "manual",
  AUTO: "auto",
} as const
export type ApprovalMode = (typeof ApprovalMode)[keyof typeof ApprovalMode]
export const APPROVAL_MODES = [ApprovalMode.MANUAL, ApprovalMode.AUTO] as const
