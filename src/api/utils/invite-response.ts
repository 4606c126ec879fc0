import type { Invite } from "../../types/http"
import { jsonDate, jsonDateOrNull } from "./json-date"

type InviteRecord = {
  id: string
  email: string
  role: string
  expires_at: Date | string
  accepted_at?: Date | string | null
  created_at: Date | string
}

/** What routes answer of an invite: never its token or token hash. */
export function inviteResponse(invite: InviteRecord): Invite {
  return {
    id: invite.id,
    email: invite.email,
    role: invite.role as Invite["role"],
    expires_at: jsonDate(invite.expires_at),
    accepted_at: jsonDateOrNull(invite.accepted_at),
    created_at: jsonDate(invite.created_at),
  }
}
