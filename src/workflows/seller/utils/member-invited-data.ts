import type { MemberInvitedData } from "../../../modules/seller/events"

type InviteRecord = {
  id: string
  seller_id: string
  email: string
  role: string
  expires_at: Date | string
}

/** The `seller.member_invited` payload for an invite and its raw token (emailed to the invitee only). */
export function memberInvitedData(
  invite: InviteRecord,
  token: string,
  invitedBy: string | null
): MemberInvitedData {
  return {
    id: invite.id,
    seller_id: invite.seller_id,
    email: invite.email,
    role: invite.role,
    token,
    expires_at: new Date(invite.expires_at).toISOString(),
    invited_by: invitedBy,
  }
}
