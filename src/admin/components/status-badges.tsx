import { StatusBadge } from "@medusajs/ui"
import { useTranslation } from "react-i18next"
import type {
  PayoutStatus,
  RequestStatus,
  ReviewStatus,
  SellerStatus,
} from "../lib/types"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

const SELLER: Record<SellerStatus, Color> = {
  pending_approval: "orange",
  open: "green",
  suspended: "red",
  terminated: "grey",
}
const REQUEST: Record<RequestStatus, Color> = {
  pending: "orange",
  accepted: "green",
  rejected: "red",
  withdrawn: "grey",
}
const REVIEW: Record<ReviewStatus, Color> = {
  pending: "orange",
  published: "green",
  rejected: "red",
}
const PAYOUT: Record<PayoutStatus, Color> = {
  pending: "grey",
  processing: "blue",
  paid: "green",
  failed: "red",
  canceled: "grey",
}
const PAYMENT: Record<string, Color> = {
  not_paid: "grey",
  awaiting: "orange",
  authorized: "blue",
  partially_authorized: "orange",
  partially_captured: "orange",
  completed: "green",
  canceled: "grey",
  failed: "red",
}

export const SellerStatusBadge = ({ status }: { status: SellerStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={SELLER[status] ?? "grey"}>
      {t(`marketplace.sellerStatus.${status}`)}
    </StatusBadge>
  )
}

export const RequestStatusBadge = ({ status }: { status: RequestStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={REQUEST[status] ?? "grey"}>
      {t(`marketplace.requestStatus.${status}`)}
    </StatusBadge>
  )
}

export const PayoutStatusBadge = ({ status }: { status: PayoutStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={PAYOUT[status] ?? "grey"}>
      {t(`marketplace.payoutStatus.${status}`)}
    </StatusBadge>
  )
}

export const PaymentStatusBadge = ({
  status,
}: {
  status: string | null | undefined
}) => {
  const { t } = useTranslation()
  const value = status ?? "not_paid"
  return (
    <StatusBadge color={PAYMENT[value] ?? "grey"}>
      {t(`marketplace.paymentStatus.${value}`, { defaultValue: value })}
    </StatusBadge>
  )
}

export const ReviewStatusBadge = ({ status }: { status: ReviewStatus }) => {
  const { t } = useTranslation()
  return (
    <StatusBadge color={REVIEW[status] ?? "grey"}>
      {t(`marketplace.reviewStatus.${status}`)}
    </StatusBadge>
  )
}
