/** What routes show of an invite: never its token or token hash. */
export type InviteResponse = {
  id: string
  email: string
  role: string
  expires_at: Date | string
  accepted_at: Date | string | null
  created_at: Date | string
}

export function inviteResponse(invite: InviteResponse): InviteResponse {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role,
    expires_at: invite.expires_at,
    accepted_at: invite.accepted_at,
    created_at: invite.created_at,
  }
}
