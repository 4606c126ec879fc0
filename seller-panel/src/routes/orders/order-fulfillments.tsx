import { Button, Input, Label, StatusBadge, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import type { VendorFulfillment } from "../../../../src/types/http"
import { errorMessage } from "../../components/states"
import { useVendorMutation } from "../../hooks/api/resource"
import { EmptyRow, formatDateTime, Section } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

function fulfillmentState(fulfillment: VendorFulfillment) {
  if (fulfillment.canceled_at)
    return { label: "Canceled", color: "red" as const }
  if (fulfillment.delivered_at)
    return { label: "Delivered", color: "green" as const }
  if (fulfillment.shipped_at)
    return { label: "Shipped", color: "blue" as const }
  return { label: "Packed", color: "orange" as const }
}

/** Ship a packed fulfilment with its tracking number. */
const ShipForm = ({
  orderId,
  fulfillmentId,
}: {
  orderId: string
  fulfillmentId: string
}) => {
  const [tracking, setTracking] = useState("")
  const ship = useVendorMutation(
    () =>
      vendor.orders.ship(orderId, fulfillmentId, {
        labels: tracking
          ? [
              {
                tracking_number: tracking,
                tracking_url: `https://tracking.example/${encodeURIComponent(tracking)}`,
                label_url: `https://tracking.example/${encodeURIComponent(tracking)}/label`,
              },
            ]
          : undefined,
      }),
    ["orders"]
  )
  return (
    <form
      className="flex items-end gap-2"
      onSubmit={async (event) => {
        event.preventDefault()
        try {
          await ship.mutateAsync(undefined)
          toast.success("Marked as shipped")
        } catch (error) {
          toast.error(errorMessage(error))
        }
      }}
    >
      <div className="flex flex-col gap-1">
        <Label htmlFor={`tracking-${fulfillmentId}`} size="xsmall">
          Tracking number
        </Label>
        <Input
          id={`tracking-${fulfillmentId}`}
          size="small"
          value={tracking}
          onChange={(e) => setTracking(e.target.value)}
        />
      </div>
      <Button size="small" type="submit" isLoading={ship.isPending}>
        Ship
      </Button>
    </form>
  )
}

export const OrderFulfillments = ({
  orderId,
  fulfillments,
}: {
  orderId: string
  fulfillments: VendorFulfillment[]
}) => {
  const delivered = useVendorMutation(
    (fulfillmentId: string) =>
      vendor.orders.markDelivered(orderId, fulfillmentId),
    ["orders"]
  )
  return (
    <Section title="Fulfilments" testId="order-fulfillments">
      {fulfillments.length === 0 && <EmptyRow>Nothing fulfilled yet.</EmptyRow>}
      {fulfillments.map((fulfillment) => {
        const state = fulfillmentState(fulfillment)
        return (
          <div
            key={fulfillment.id}
            className="flex items-center justify-between gap-4 px-6 py-4"
          >
            <div className="flex flex-col gap-1">
              <StatusBadge
                color={state.color}
                className="self-start"
                data-testid="fulfillment-state"
              >
                {state.label}
              </StatusBadge>
              <Text size="small" className="text-ui-fg-subtle">
                Created {formatDateTime(fulfillment.created_at)}
                {fulfillment.labels
                  .map((label) => ` · tracking ${label.tracking_number}`)
                  .join("")}
              </Text>
            </div>
            {!fulfillment.canceled_at && !fulfillment.shipped_at && (
              <ShipForm orderId={orderId} fulfillmentId={fulfillment.id} />
            )}
            {fulfillment.shipped_at &&
              !fulfillment.delivered_at &&
              !fulfillment.canceled_at && (
                <Button
                  size="small"
                  variant="secondary"
                  isLoading={delivered.isPending}
                  onClick={async () => {
                    try {
                      await delivered.mutateAsync(fulfillment.id)
                      toast.success("Marked as delivered")
                    } catch (error) {
                      toast.error(errorMessage(error))
                    }
                  }}
                >
                  Mark delivered
                </Button>
              )}
          </div>
        )
      })}
    </Section>
  )
}
