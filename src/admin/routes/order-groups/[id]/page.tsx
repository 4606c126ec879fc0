import { Skeleton } from "@medusajs/ui"
import { UIMatch, useParams } from "react-router-dom"
import { ErrorState } from "../../../components/error-state"
import { useOrderGroup } from "../../../hooks/order-groups"
import { GroupOrdersSection } from "./components/group-orders-section"
import { GroupPaymentSection } from "./components/group-payment-section"
import { GroupSummarySection } from "./components/group-summary-section"

/** One checkout: its orders per seller with totals and status, the group payment, capture and refunds. */
const OrderGroupDetailPage = () => {
  const { id } = useParams() as { id: string }
  const { data, isLoading, error, refetch } = useOrderGroup(id)
  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  if (isLoading || !data) {
    return <Skeleton className="h-64 w-full" />
  }
  const group = data.order_group
  return (
    <div
      className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4"
      data-testid="order-group-detail"
    >
      <div className="flex w-full flex-col gap-y-3">
        <GroupOrdersSection group={group} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <GroupSummarySection group={group} />
        <GroupPaymentSection group={group} />
      </div>
    </div>
  )
}

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <span>{(match.params as { id: string }).id}</span>
  ),
}

export default OrderGroupDetailPage
