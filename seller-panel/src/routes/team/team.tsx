import {
  Button,
  createDataTableColumnHelper,
  toast,
  usePrompt,
} from "@medusajs/ui"
import type {
  Member,
  VendorInviteListResponse,
} from "../../../../src/types/http"
import { useIsManager } from "../../components/layout/shell"
import { ListTable } from "../../components/list-table"
import { PageHeader, errorMessage } from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import { useMe } from "../../hooks/api/seller"
import { formatDate, humanize, Section, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { InviteForm } from "./invite-form"
import { MemberRole } from "./member-role-select"

type Invite = VendorInviteListResponse["invites"][number]
const memberColumn = createDataTableColumnHelper<Member>()
const inviteColumn = createDataTableColumnHelper<Invite>()

const RemoveMember = ({ member }: { member: Member }) => {
  const prompt = usePrompt()
  const remove = useVendorMutation(vendor.members.remove, ["members"])
  return (
    <Button
      size="small"
      variant="transparent"
      isLoading={remove.isPending}
      onClick={async (event) => {
        event.stopPropagation()
        if (
          await prompt({
            title: "Remove member?",
            description: `${member.email} loses access to the shop at once.`,
            confirmText: "Remove",
            cancelText: "Cancel",
          })
        ) {
          try {
            await remove.mutateAsync(member.id)
            toast.success(`${member.email} removed`)
          } catch (error) {
            toast.error(errorMessage(error))
          }
        }
      }}
    >
      Remove
    </Button>
  )
}

const InviteActions = ({ invite }: { invite: Invite }) => {
  const resend = useVendorMutation(vendor.invites.resend, ["invites"])
  const revoke = useVendorMutation(vendor.invites.revoke, ["invites"])
  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action()
      toast.success(done)
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }
  return (
    <div className="flex gap-1">
      <Button
        size="small"
        variant="transparent"
        onClick={() =>
          run(() => resend.mutateAsync(invite.id), "Invitation resent")
        }
      >
        Resend
      </Button>
      <Button
        size="small"
        variant="transparent"
        onClick={() =>
          run(() => revoke.mutateAsync(invite.id), "Invitation revoked")
        }
      >
        Revoke
      </Button>
    </div>
  )
}

export const TeamPage = () => {
  const { data: me } = useMe()
  const manager = useIsManager()
  const memberList = useListParams({ pageSize: 10, prefix: "members_" })
  const inviteList = useListParams({ pageSize: 10, prefix: "invites_" })
  const members = useVendorList(
    "members",
    vendor.members.list,
    memberList.query
  )
  const invites = useVendorList(
    "invites",
    vendor.invites.list,
    inviteList.query,
    { enabled: manager }
  )

  const memberColumns = [
    memberColumn.accessor("email", { header: "Email" }),
    memberColumn.accessor("name", { header: "Name" }),
    memberColumn.accessor("role", {
      header: "Role",
      cell: ({ row }) => (
        <MemberRole member={row.original} actor={me?.member.role} />
      ),
    }),
    memberColumn.accessor("created_at", {
      header: "Joined",
      cell: ({ getValue }) => formatDate(getValue()),
    }),
    memberColumn.display({
      id: "actions",
      cell: ({ row }) =>
        manager &&
        row.original.role !== "owner" &&
        row.original.id !== me?.member.id ? (
          <RemoveMember member={row.original} />
        ) : null,
    }),
  ]
  const inviteColumns = [
    inviteColumn.accessor("email", { header: "Email" }),
    inviteColumn.accessor("role", {
      header: "Role",
      cell: ({ getValue }) => humanize(getValue() ?? ""),
    }),
    inviteColumn.accessor("expires_at", {
      header: "Expires",
      cell: ({ getValue }) => formatDate(getValue()),
    }),
    inviteColumn.display({
      id: "actions",
      cell: ({ row }) => <InviteActions invite={row.original} />,
    }),
  ]

  return (
    <div className="flex flex-col gap-3" data-testid="team-page">
      <PageHeader
        title="Team"
        description="Who works on your shop and what they may do"
      />
      <ListTable
        testId="team-members"
        title="Members"
        data={members.data?.members}
        count={members.data?.count}
        columns={memberColumns}
        list={memberList}
        isLoading={members.isPending}
        error={members.error}
        onRetry={() => members.refetch()}
        empty={{ heading: "No members" }}
      />
      {manager && (
        <>
          <Section
            title="Invite a member"
            description="Owners and admins manage the team, the money and the profile; members run products and orders"
          >
            <InviteForm />
          </Section>
          <ListTable
            testId="team-invites"
            title="Pending invitations"
            data={invites.data?.invites}
            count={invites.data?.count}
            columns={inviteColumns}
            list={inviteList}
            isLoading={invites.isPending}
            error={invites.error}
            onRetry={() => invites.refetch()}
            empty={{ heading: "No pending invitations" }}
          />
        </>
      )}
    </div>
  )
}
