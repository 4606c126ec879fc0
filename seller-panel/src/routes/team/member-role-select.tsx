import { Select, StatusBadge, toast } from "@medusajs/ui"
import type { Member } from "../../../../src/types/http"
import { errorMessage } from "../../components/states"
import { useVendorMutation } from "../../hooks/api/resource"
import { humanize } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Role = Member["role"]
const ROLES: Role[] = ["owner", "admin", "member"]

export const RoleBadge = ({ role }: { role: Role }) => (
  <StatusBadge color={role === "owner" ? "blue" : "grey"}>
    {humanize(role)}
  </StatusBadge>
)

/**
 * The roles the caller may give this member, by the API's rules: owners and admins change
 * the team, an admin neither touches an owner nor makes one. Empty: the role is read-only.
 * (The last owner staying an owner is the API's check; its refusal is shown.)
 */
export function assignableRoles(actor: Role | undefined, member: Member) {
  if (actor === "owner") return ROLES
  if (actor === "admin" && member.role !== "owner") {
    return ROLES.filter((role) => role !== "owner")
  }
  return []
}

/** The member's role, as a select for those who may change it. */
export const MemberRole = ({
  member,
  actor,
}: {
  member: Member
  actor: Role | undefined
}) => {
  const update = useVendorMutation(
    (role: Role) => vendor.members.update(member.id, { role }),
    ["members", "seller"]
  )
  const roles = assignableRoles(actor, member)
  if (!roles.length) {
    return <RoleBadge role={member.role} />
  }
  return (
    <Select
      size="small"
      value={member.role}
      disabled={update.isPending}
      onValueChange={async (role) => {
        try {
          await update.mutateAsync(role as Role)
          toast.success(`${member.email} is now ${humanize(role)}`)
        } catch (error) {
          toast.error(errorMessage(error))
        }
      }}
    >
      <Select.Trigger
        aria-label={`Role of ${member.email}`}
        className="w-32"
        onClick={(event) => event.stopPropagation()}
      >
        <Select.Value />
      </Select.Trigger>
      <Select.Content>
        {roles.map((role) => (
          <Select.Item key={role} value={role}>
            {humanize(role)}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}
