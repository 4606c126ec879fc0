import { Badge, Skeleton, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../../components/error-state"
import { EmptyRow, Section } from "../../../../components/section"
import { useSellerInvites, useSellerMembers } from "../../../../hooks/sellers"
import { formatDate } from "../../../../lib/format"

const TEAM_LIMIT = 50

/** Members with their roles, and invites not accepted yet. */
export const SellerTeamSection = ({ sellerId }: { sellerId: string }) => {
  const { t } = useTranslation()
  const members = useSellerMembers(sellerId, { limit: TEAM_LIMIT })
  const invites = useSellerInvites(sellerId, { limit: TEAM_LIMIT })

  return (
    <Section title={t("marketplace.team.title")} testId="seller-team">
      {members.error ? (
        <div className="p-4">
          <ErrorState error={members.error} onRetry={members.refetch} />
        </div>
      ) : members.isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-10 w-full" />
        </div>
      ) : members.data?.members.length ? (
        members.data.members.map((member) => (
          <div
            key={member.id}
            className="flex items-center justify-between px-6 py-3"
          >
            <div>
              <Text size="small" weight="plus">
                {member.name || member.email}
              </Text>
              {member.name && (
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {member.email}
                </Text>
              )}
            </div>
            <Badge size="2xsmall">
              {t(`marketplace.team.roles.${member.role}`, {
                defaultValue: member.role,
              })}
            </Badge>
          </div>
        ))
      ) : (
        <EmptyRow>{t("marketplace.team.noMembers")}</EmptyRow>
      )}
      {members.data && members.data.count > members.data.members.length && (
        <EmptyRow>
          {t("marketplace.team.showing", {
            shown: members.data.members.length,
            count: members.data.count,
          })}
        </EmptyRow>
      )}
      <div className="px-6 py-3">
        <Text size="small" weight="plus" className="text-ui-fg-subtle">
          {t("marketplace.team.pendingInvites")}
        </Text>
      </div>
      {invites.error ? (
        <div className="p-4">
          <ErrorState error={invites.error} onRetry={invites.refetch} />
        </div>
      ) : invites.data?.invites.length ? (
        invites.data.invites.map((invite) => {
          const expired = new Date(invite.expires_at) < new Date()
          return (
            <div
              key={invite.id}
              className="flex items-center justify-between px-6 py-3"
              data-testid="seller-invite"
            >
              <div>
                <Text size="small">{invite.email}</Text>
                <Text
                  size="xsmall"
                  className={expired ? "text-ui-fg-error" : "text-ui-fg-subtle"}
                >
                  {expired
                    ? t("marketplace.team.expired", {
                        date: formatDate(invite.expires_at),
                      })
                    : t("marketplace.team.expires", {
                        date: formatDate(invite.expires_at),
                      })}
                </Text>
              </div>
              <Badge size="2xsmall">
                {t(`marketplace.team.roles.${invite.role}`, {
                  defaultValue: invite.role,
                })}
              </Badge>
            </div>
          )
        })
      ) : (
        <EmptyRow>
          {invites.isLoading ? "…" : t("marketplace.team.noInvites")}
        </EmptyRow>
      )}
    </Section>
  )
}
