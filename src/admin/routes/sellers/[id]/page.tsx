import { Skeleton } from "@medusajs/ui"
import { UIMatch, useParams } from "react-router-dom"
import { ErrorState } from "../../../components/error-state"
import { useSeller } from "../../../hooks/sellers"
import { SellerBalanceSection } from "./components/seller-balance-section"
import { SellerGeneralSection } from "./components/seller-general-section"
import { SellerLedgerSection } from "./components/seller-ledger-section"
import { SellerOrdersSection } from "./components/seller-orders-section"
import { SellerPayoutsSection } from "./components/seller-payouts-section"
import { SellerProductsSection } from "./components/seller-products-section"
import { SellerTeamSection } from "./components/seller-team-section"

/** A seller: profile and status actions, catalog and orders, money, team. */
const SellerDetailPage = () => {
  const { id } = useParams() as { id: string }
  const { data, isLoading, error, refetch } = useSeller(id)

  if (error) {
    return <ErrorState error={error} onRetry={refetch} />
  }
  if (isLoading || !data) {
    return <Skeleton className="h-64 w-full" />
  }
  const { seller } = data
  return (
    <div
      className="flex flex-col gap-y-3 xl:flex-row xl:items-start xl:gap-x-4"
      data-testid="seller-detail"
    >
      <div className="flex w-full flex-col gap-y-3">
        <SellerGeneralSection seller={seller} />
        <SellerProductsSection sellerId={seller.id} />
        <SellerOrdersSection sellerId={seller.id} />
        <SellerLedgerSection sellerId={seller.id} />
        <SellerPayoutsSection sellerId={seller.id} />
      </div>
      <div className="flex w-full flex-col gap-y-3 xl:max-w-[440px]">
        <SellerBalanceSection sellerId={seller.id} />
        <SellerTeamSection sellerId={seller.id} />
      </div>
    </div>
  )
}

const SellerCrumb = ({ id }: { id: string }) => {
  const { data } = useSeller(id)
  return <span>{data?.seller.name ?? id}</span>
}

export const handle = {
  breadcrumb: (match: UIMatch) => (
    <SellerCrumb id={(match.params as { id: string }).id} />
  ),
}

export default SellerDetailPage
