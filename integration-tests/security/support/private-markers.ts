import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { COMMISSION_MODULE } from "../../../src/modules/commission"
import type CommissionModuleService from "../../../src/modules/commission/service"
import {
  REQUEST_MODULE,
  RequestModuleService,
} from "../../../src/modules/request"
import { payoutService } from "../../utils/payouts"

/**
 * Every id and email that belongs to one seller, read from the database (not from the
 * fixture, so nothing the seller owns is forgotten): the seller, its members and invites,
 * products, variants, inventory items, locations, shipping options, orders with their
 * items and fulfillments, payouts, payout accounts, ledger entries, commission lines,
 * requests and feed notifications. Another caller's answer must contain none of them.
 */
export async function privateMarkers(
  container: MedusaContainer,
  sellerId: string
): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [seller],
  } = await query.graph({
    entity: "seller",
    fields: [
      "id",
      "email",
      "members.id",
      "members.email",
      "invites.id",
      "invites.email",
      "products.id",
      "products.variants.id",
      "products.variants.inventory_items.inventory_item_id",
      "stock_locations.id",
      "shipping_options.id",
      "orders.id",
      "orders.items.id",
      "orders.fulfillments.id",
      "orders.returns.id",
    ],
    filters: { id: sellerId },
  })
  const bySeller = { seller_id: sellerId }
  const payouts = payoutService(container)
  const owned = [
    await payouts.listPayouts(bySeller, { select: ["id"] }),
    await payouts.listPayoutAccounts(bySeller, {
      select: ["id", "external_id"],
    }),
    await payouts.listLedgerEntries(bySeller, { select: ["id"] }),
    await container
      .resolve<CommissionModuleService>(COMMISSION_MODULE)
      .listCommissionLines(bySeller, { select: ["id"] }),
    await container
      .resolve<RequestModuleService>(REQUEST_MODULE)
      .listRequests(bySeller, { select: ["id"] }),
    await container
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ receiver_id: sellerId }, { select: ["id"] }),
  ]
  const markers = new Set<string>()
  collectStrings([seller, owned], markers)
  if (!markers.has(sellerId)) {
    throw new Error(`seller ${sellerId} not found`)
  }
  return [...markers]
}

/** Ids (`prefix_ULID`) and emails anywhere in a value. */
function collectStrings(value: unknown, into: Set<string>) {
  if (typeof value === "string") {
    if (/^[a-z]+_[0-9A-Z]{20,}$/.test(value) || value.includes("@")) {
      into.add(value)
    }
  } else if (Array.isArray(value)) {
    value.forEach((item) => collectStrings(item, into))
  } else if (value && typeof value === "object") {
    Object.values(value).forEach((item) => collectStrings(item, into))
  }
}

/**
 * The markers found in an answer, leaving out those the caller itself sent (a 404 names
 * the id it could not find; that is an echo, not a leak).
 */
export function leakedMarkers(
  answer: unknown,
  markers: string[],
  sent: unknown[] = []
): string[] {
  const text = JSON.stringify(answer ?? null)
  const echoed = JSON.stringify(sent)
  return markers.filter(
    (marker) => text.includes(marker) && !echoed.includes(marker)
  )
}
