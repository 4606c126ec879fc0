/** Shapes of the marketplace's /admin routes as the pages read them. */

export type ListResponse<Key extends string, T> = { [K in Key]: T[] } & {
  count: number
  limit: number
  offset: number
}

export type SellerStatus = "pending_approval" | "open" | "suspended" | "terminated"

export type Seller = {
  id: string
  name: string
  handle: string
  email: string
  description: string | null
  logo_url: string | null
  phone: string | null
  address_line_1: string | null
  address_line_2: string | null
  city: string | null
  postal_code: string | null
  province: string | null
  country_code: string | null
  tax_id: string | null
  status: SellerStatus
  status_reason: string | null
  approved_at: string | null
  created_at: string
  updated_at: string
}

export type Member = { id: string; email: string; name: string | null; role: string; created_at: string }
export type Invite = {
  id: string
  email: string
  role: string
  expires_at: string
  accepted_at: string | null
  created_at: string
}

export type Balance = { currency_code: string; total: string; payable: string; pending: string }

export type LedgerEntry = {
  id: string
  currency_code: string
  amount: number
  type: string
  reference: string
  available_at: string
  created_at: string
}

export type PayoutAccount = {
  id: string
  provider: string
  external_id: string | null
  status: "pending" | "active" | "restricted" | "disabled"
  created_at: string
}

export type SellerProduct = {
  id: string
  title: string
  handle: string
  status: string
  thumbnail: string | null
  created_at: string
}

export type SellerOrder = {
  id: string
  display_id: number
  status: string
  payment_status: string
  fulfillment_status: string
  email: string | null
  currency_code: string
  total: number
  created_at: string
}

export type RequestStatus = "pending" | "accepted" | "rejected" | "withdrawn"
export type RequestType = "seller_registration" | "product_publication" | "product_category" | "product_type"

export type MarketplaceRequest = {
  id: string
  type: RequestType
  seller_id: string
  payload: Record<string, unknown> | null
  status: RequestStatus
  submitted_by: string | null
  reviewer_id: string | null
  reviewer_note: string | null
  reviewed_at: string | null
  created_at: string
}

export type CommissionRule = {
  id: string
  name: string | null
  seller_id: string | null
  product_type_id: string | null
  product_category_id: string | null
  fee_type: string
  target: "item" | "shipping" | "order"
  kind: "percentage" | "flat"
  value: number
  min_amount: number | null
  max_amount: number | null
  currency_code: string | null
  active: boolean
  created_at: string
}

export type PayoutStatus = "pending" | "processing" | "paid" | "failed" | "canceled"

export type Payout = {
  id: string
  seller_id: string
  currency_code: string
  amount: number
  status: PayoutStatus
  provider: string
  provider_reference: string | null
  idempotency_key: string
  failure_reason: string | null
  paid_at: string | null
  created_at: string
  updated_at: string
}

export type PayoutRunSummary = {
  sellers: number
  payouts: { id: string; seller_id: string; amount: number | string; currency_code: string }[]
  skipped: { seller_id: string; reason: string }[]
  errors: { seller_id: string; message: string }[]
}

export type GroupOrder = {
  id: string
  display_id: number
  status?: string
  payment_status?: string
  currency_code?: string
  total?: number
  email: string | null
  seller: { id: string; name: string } | null
}

export type PaymentCollection = {
  id: string
  status: string
  amount?: number
  captured_amount?: number | null
  refunded_amount?: number | null
}

export type OrderGroup = {
  id: string
  cart_id?: string
  customer_id: string | null
  currency_code: string
  subtotal?: number
  tax_total?: number
  shipping_total?: number
  discount_total?: number
  total: number
  created_at: string
  orders: GroupOrder[]
  payment_collection: PaymentCollection | null
}

export type CurrencyAmount = { currency_code: string; amount: string }

export type MarketplaceOverview = {
  period: { from: string; to: string; days: number }
  pending_requests: { total: number; by_type: Partial<Record<RequestType, number>> }
  sellers_by_status: Record<SellerStatus, number>
  sales_by_day: { date: string; orders: number; gross: CurrencyAmount[] }[]
  commission: { currency_code: string; earned: string; earned_in_period: string }[]
  payouts_due: (CurrencyAmount & { sellers: number })[]
  payouts_in_progress: number
}

export type CommissionLine = {
  id: string
  target: string
  line_item_id: string | null
  fee_type: string
  currency_code: string
  base_amount: number
  amount: number
  rate_kind: "percentage" | "flat"
  rate_value: number
}

export type OrderMarketplaceDetails = {
  seller: Pick<Seller, "id" | "name" | "handle" | "status"> | null
  order_group: { id: string; total: number; currency_code: string; created_at: string } | null
  commission_lines: CommissionLine[]
}

export type ProductMarketplaceDetails = {
  seller: Pick<Seller, "id" | "name" | "handle" | "status"> | null
  publication_requests: Pick<
    MarketplaceRequest,
    "id" | "status" | "payload" | "reviewer_note" | "reviewed_at" | "created_at"
  >[]
}
