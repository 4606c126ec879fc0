/**
 * The marketplace's HTTP contract (src/types/http, types only: no server code is bundled),
 * and the record types the pages pass around, named after what they show.
 */
import type {
  AdminCommissionRuleListResponse,
  AdminOrderGroupListResponse,
  AdminOrderGroupResponse,
  AdminPayout,
  AdminSeller,
  AdminReview,
  AdminSellerRequest,
  Seller as SellerRecord,
} from "../../types/http"

export type {
  AdminCommissionRuleListResponse,
  AdminCommissionRuleResponse,
  AdminCommissionRuleDeleteResponse,
  AdminCreateSellerResponse,
  AdminMarketplaceOverviewResponse,
  AdminOrderGroupListResponse,
  AdminOrderGroupResponse,
  AdminOrderMarketplaceResponse,
  AdminPayoutListResponse,
  AdminPayoutResponse,
  AdminProductMarketplaceResponse,
  AdminRefundOrderGroupResponse,
  AdminRequestListResponse,
  AdminRequestResponse,
  AdminReviewListResponse,
  AdminReviewResponse,
  AdminDeleteReviewResponse,
  AdminRunPayoutsResponse,
  AdminSellerBalanceResponse,
  AdminSellerInviteListResponse,
  AdminSellerLedgerEntryListResponse,
  AdminSellerListResponse,
  AdminSellerMemberListResponse,
  AdminSellerOrder,
  AdminSellerOrderListResponse,
  AdminSellerPayoutAccountResponse,
  AdminSellerProduct,
  AdminSellerProductListResponse,
  AdminSellerResponse,
  Invite,
  LedgerEntry,
  MarketplaceOverview,
  Member,
} from "../../types/http"

export type Seller = SellerRecord
export type SellerWithMembers = AdminSeller
export type SellerStatus = Seller["status"]

export type MarketplaceRequest = AdminSellerRequest
export type RequestStatus = MarketplaceRequest["status"]
export type RequestType = MarketplaceRequest["type"]

export type Review = AdminReview
export type ReviewStatus = Review["status"]

export type CommissionRule =
  AdminCommissionRuleListResponse["commission_rules"][number]

export type Payout = AdminPayout
export type PayoutStatus = Payout["status"]

export type OrderGroup = AdminOrderGroupResponse["order_group"]
export type GroupOrder = OrderGroup["orders"][number]
export type OrderGroupSummary =
  AdminOrderGroupListResponse["order_groups"][number]
