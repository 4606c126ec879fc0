import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../../src/modules/commission"
import type CommissionModuleService from "../../../src/modules/commission/service"
import {
  REQUEST_MODULE,
  RequestModuleService,
} from "../../../src/modules/request"
import { REVIEW_MODULE, ReviewModuleService } from "../../../src/modules/review"
import { payoutService } from "../../utils/payouts"

const SELLER_FIELDS = [
  "id",
  "name",
  "handle",
  "email",
  "status",
  "status_reason",
  "approved_at",
  "logo_url",
  "logo_file_id",
  "description",
  "metadata",
  "members.id",
  "members.email",
  "members.role",
  "members.notifications_read_at",
  "invites.id",
  "invites.accepted_at",
  "invites.role",
  "products.id",
  "products.title",
  "products.status",
  "products.description",
  "products.options.id",
  "products.options.title",
  "products.options.values.value",
  "products.variants.id",
  "products.variants.title",
  "products.variants.prices.amount",
  "products.variants.inventory_items.inventory.location_levels.location_id",
  "products.variants.inventory_items.inventory.location_levels.stocked_quantity",
  "stock_locations.id",
  "stock_locations.name",
  "shipping_options.id",
  "shipping_options.name",
  "orders.id",
  "orders.status",
  "orders.canceled_at",
  "orders.fulfillments.id",
  "orders.fulfillments.shipped_at",
  "orders.fulfillments.canceled_at",
  "orders.returns.id",
  "orders.returns.status",
]

/**
 * What another caller must never change about a seller, read from the database: the
 * seller's status and profile, members (with their feed read markers) and invites, each product (title, status, variants,
 * prices, stock per location) still linked to it, its locations and shipping options,
 * each order's status and fulfillments, payouts, payout accounts, ledger entries,
 * commission lines and rules, requests, and the reviews of it and its products (with replies). Arrays are sorted so two reads compare equal.
 */
export async function sellerState(
  container: MedusaContainer,
  sellerId: string
): Promise<unknown> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bySeller = { seller_id: sellerId }
  const payouts = payoutService(container)
  const commission =
    container.resolve<CommissionModuleService>(COMMISSION_MODULE)
  const [
    graph,
    payoutList,
    payout_accounts,
    ledger_entries,
    commission_lines,
    commission_rules,
    requests,
    reviews,
  ] = await Promise.all([
    query.graph({
      entity: "seller",
      fields: SELLER_FIELDS,
      filters: { id: sellerId },
    }),
    payouts.listPayouts(bySeller, {
      select: [
        "id",
        "status",
        "amount",
        "provider_reference",
        "failure_reason",
      ],
    }),
    payouts.listPayoutAccounts(bySeller, {
      select: ["id", "status", "provider", "external_id"],
    }),
    payouts.listLedgerEntries(bySeller, {
      select: ["id", "amount", "type", "reference", "available_at"],
    }),
    commission.listCommissionLines(bySeller, {
      select: ["id", "order_id", "amount", "rule_id"],
    }),
    commission.listCommissionRules(bySeller, {
      select: ["id", "kind", "value", "active"],
    }),
    container
      .resolve<RequestModuleService>(REQUEST_MODULE)
      .listRequests(bySeller, {
        select: ["id", "status", "type", "reviewer_note"],
      }),
    container
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews(bySeller, {
        select: ["id", "status", "rating", "seller_reply", "deleted_at"],
        withDeleted: true,
      }),
  ])
  return sorted({
    seller: graph.data[0],
    payouts: payoutList,
    payout_accounts,
    ledger_entries,
    commission_lines,
    commission_rules,
    requests,
    reviews,
  })
}

/** Describes the first difference between two states, or null when they are equal. */
export function stateChange(
  before: unknown,
  after: unknown,
  path = "state"
): string | null {
  if (JSON.stringify(before) === JSON.stringify(after)) {
    return null
  }
  if (
    before &&
    after &&
    typeof before === "object" &&
    typeof after === "object"
  ) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)])
    for (const key of keys) {
      const change = stateChange(
        (before as Record<string, unknown>)[key],
        (after as Record<string, unknown>)[key],
        `${path}.${key}`
      )
      if (change) {
        return change
      }
    }
  }
  return `${path}: ${JSON.stringify(before)} → ${JSON.stringify(after)}`
}

/** Same content, arrays sorted by id (or by their JSON), BigNumber-like values as strings. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(sorted)
    const key = (item: unknown) =>
      item && typeof item === "object" && "id" in item
        ? String(item.id)
        : JSON.stringify(item)
    return items.sort((x, y) => key(x).localeCompare(key(y)))
  }
  if (value instanceof Date) {
    return value.toISOString()
  }
  if (value && typeof value === "object") {
    const json = (value as { toJSON?: () => unknown }).toJSON
    if (typeof json === "function" && !(Symbol.iterator in value)) {
      const plain = json.call(value)
      if (typeof plain !== "object" || plain === null) {
        return plain
      }
    }
    return Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !key.startsWith("raw_"))
        .sort(([x], [y]) => x.localeCompare(y))
        .map(([key, item]) => [key, sorted(item)])
    )
  }
  return value
}
