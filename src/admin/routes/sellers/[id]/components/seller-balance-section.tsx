import { Skeleton, StatusBadge, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import { ErrorState } from "../../../../components/error-state"
import { EmptyRow, Field, Section } from "../../../../components/section"
import {
  useSellerBalance,
  useSellerPayoutAccount,
} from "../../../../hooks/sellers"
import { formatMoney } from "../../../../lib/format"

const ACCOUNT_COLOR = {
  pending: "orange",
  active: "green",
  restricted: "red",
  disabled: "grey",
} as const

/** Available (payable now) and pending (on hold) per currency, and the payout account's state. */
export const SellerBalanceSection = ({ sellerId }: { sellerId: string }) => {
  const { t } = useTranslation()
  const balance = useSellerBalance(sellerId)
  const account = useSellerPayoutAccount(sellerId)

  return (
    <Section title={t("marketplace.balance.title")} testId="seller-balance">
      {balance.error ? (
        <div className="p-4">
          <ErrorState error={balance.error} onRetry={balance.refetch} />
        </div>
      ) : balance.isLoading ? (
        <div className="px-6 py-4">
          <Skeleton className="h-8 w-full" />
        </div>
      ) : balance.data?.balances.length ? (
        balance.data.balances.map((row) => (
          <div
            key={row.currency_code}
            className="grid grid-cols-2 gap-2 px-6 py-4"
            data-testid={`balance-${row.currency_code}`}
          >
            <div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("marketplace.balance.available")}
              </Text>
              <Text size="large" weight="plus">
                {formatMoney(row.payable, row.currency_code)}
              </Text>
            </div>
            <div>
              <Text size="xsmall" className="text-ui-fg-subtle">
                {t("marketplace.balance.pending")}
              </Text>
              <Text size="large" weight="plus" className="text-ui-fg-subtle">
                {formatMoney(row.pending, row.currency_code)}
              </Text>
            </div>
          </div>
        ))
      ) : (
        <EmptyRow>{t("marketplace.balance.empty")}</EmptyRow>
      )}
      <Field label={t("marketplace.balance.payoutAccount")}>
        {account.isLoading ? (
          <Skeleton className="h-5 w-20" />
        ) : account.error ? (
          <Text size="small" className="text-ui-fg-error">
            {account.error.message}
          </Text>
        ) : account.data?.payout_account ? (
          <div className="flex flex-col items-start gap-y-1">
            <StatusBadge
              color={ACCOUNT_COLOR[account.data.payout_account.status]}
            >
              {t(
                `marketplace.accountStatus.${account.data.payout_account.status}`
              )}
            </StatusBadge>
            <Text size="xsmall" className="text-ui-fg-subtle">
              {account.data.payout_account.provider}
              {account.data.payout_account.external_id
                ? ` · ${account.data.payout_account.external_id}`
                : ""}
            </Text>
          </div>
        ) : (
          <Text
            size="small"
            className="text-ui-fg-subtle"
            data-testid="payout-account-none"
          >
            {t("marketplace.balance.noAccount", {
              provider: account.data?.provider ?? "",
            })}
          </Text>
        )}
      </Field>
    </Section>
  )
}
