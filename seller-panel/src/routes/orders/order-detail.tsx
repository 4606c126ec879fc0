import { Button, StatusBadge, Table, toast } from "@medusajs/ui"
import { useQuery } from "@tanstack/react-query"
import { useParams } from "react-router-dom"
import type { VendorOrder } from "../../../../src/types/http"
import { ErrorState, LoadingState, errorMessage } from "../../components/states"
import { useVendorMutation } from "../../hooks/api/resource"
import { queryKeys } from "../../lib/query-keys"
import {
  EmptyRow,
  Field,
  formatDateTime,
  formatMoney,
  humanize,
  Section,
} from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { OrderActions } from "./order-actions"
import { OrderFulfillments } from "./order-fulfillments"
import { ORDER_STATUS_COLORS } from "./order-list"

/** What is left to fulfil per line: ordered minus what live fulfilments hold. */
function unfulfilled(order: VendorOrder) {
  return order.items
    .map((item) => {
      const fulfilled = order.fulfillments
        .filter((f) => !f.canceled_at)
        .flatMap((f) => f.items)
        .filter((line) => line.line_item_id === item.id)
        .reduce((sum, line) => sum + line.quantity, 0)
      return { id: item.id, quantity: item.quantity - fulfilled }
    })
    .filter((item) => item.quantity > 0)
}

function addressLines(address: VendorOrder["shipping_address"]): string {
  if (!address) return "-"
  const a = address as Record<string, unknown>
  return [
    [a.first_name, a.last_name].filter(Boolean).join(" "),
    a.address_1,
    [a.postal_code, a.city].filter(Boolean).join(" "),
    String(a.country_code ?? "").toUpperCase(),
  ]
    .filter(Boolean)
    .join(", ")
}

export const OrderDetailPage = () => {
  const { id = "" } = useParams()
  const order = useQuery({
    queryKey: queryKeys.detail("orders", id),
    queryFn: () => vendor.orders.retrieve(id),
  })
  const fulfil = useVendorMutation(
    (items: { id: string; quantity: number }[]) =>
      vendor.orders.fulfill(id, { items }),
    ["orders"]
  )
  if (order.isPending) return <LoadingState />
  if (order.error)
    return <ErrorState error={order.error} onRetry={() => order.refetch()} />
  const o = order.data.order
  const open = unfulfilled(o)

  return (
    <div className="flex flex-col gap-3" data-testid="order-detail">
      <Section
        title={`Order #${o.display_id}`}
        description={formatDateTime(o.created_at)}
        actions={
          <StatusBadge color={ORDER_STATUS_COLORS[o.status] ?? "grey"}>
            {humanize(o.status)}
          </StatusBadge>
        }
      >
        <Field label="Customer">{o.email}</Field>
        <Field label="Shipping address">
          {addressLines(o.shipping_address)}
        </Field>
        <Field label="Shipping method">
          {o.shipping_methods
            .map((m) => `${m.name} (${formatMoney(m.amount, o.currency_code)})`)
            .join(", ")}
        </Field>
        <Field label="Fulfilment">
          {open.length === 0
            ? "Everything fulfilled"
            : `${open.reduce((s, i) => s + i.quantity, 0)} item(s) to fulfil`}
        </Field>
        <Field label="Total">{formatMoney(o.total, o.currency_code)}</Field>
      </Section>
      <Section
        title="Items"
        testId="order-items"
        actions={
          open.length > 0 && o.status !== "canceled" ? (
            <Button
              size="small"
              isLoading={fulfil.isPending}
              onClick={async () => {
                try {
                  await fulfil.mutateAsync(open)
                  toast.success("Fulfilment created")
                } catch (error) {
                  toast.error(errorMessage(error))
                }
              }}
            >
              Fulfil items
            </Button>
          ) : undefined
        }
      >
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Item</Table.HeaderCell>
              <Table.HeaderCell>Quantity</Table.HeaderCell>
              <Table.HeaderCell>Unit price</Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {o.items.map((item) => (
              <Table.Row key={item.id}>
                <Table.Cell>{item.title}</Table.Cell>
                <Table.Cell>{item.quantity}</Table.Cell>
                <Table.Cell>
                  {formatMoney(item.unit_price, o.currency_code)}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </Section>
      <OrderFulfillments orderId={o.id} fulfillments={o.fulfillments} />
      <Section
        title="Commission"
        description="What the marketplace charges on this order"
      >
        {o.commission_lines.length === 0 ? (
          <EmptyRow>
            No commission yet (it is calculated when the order is placed).
          </EmptyRow>
        ) : (
          o.commission_lines.map((line) => (
            <Field
              key={line.id}
              label={`${humanize(line.target)} · ${line.rate_kind === "percentage" ? `${line.rate_value}%` : formatMoney(line.rate_value, line.currency_code)}`}
            >
              {formatMoney(line.amount, line.currency_code)} of{" "}
              {formatMoney(line.base_amount, line.currency_code)}
            </Field>
          ))
        )}
      </Section>
      <OrderActions order={o} />
    </div>
  )
}
