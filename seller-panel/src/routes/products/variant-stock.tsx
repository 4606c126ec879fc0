import { Button, Input, Label, Text, toast } from "@medusajs/ui"
import { useQuery, useQueryClient } from "@tanstack/react-query"
import { useState } from "react"
import { errorMessage } from "../../components/states"
import { queryKeys } from "../../lib/query-keys"
import { vendor } from "../../lib/vendor-client"

/** A variant's stock per location, and a field to set it at one of the seller's locations. */
export const VariantStock = ({
  productId,
  variantId,
  locations,
}: {
  productId: string
  variantId: string
  locations: { id: string; name: string }[]
}) => {
  const client = useQueryClient()
  const key = queryKeys.detail("inventory", variantId)
  const levels = useQuery({
    queryKey: key,
    queryFn: () => vendor.products.inventory(productId, variantId),
  })
  const [quantity, setQuantity] = useState("")
  const [saving, setSaving] = useState(false)
  const location = locations[0]

  if (levels.isPending) {
    return <Text size="small">…</Text>
  }
  if (levels.error) {
    return (
      <Text size="small" className="text-ui-fg-error">
        {errorMessage(levels.error)}
      </Text>
    )
  }
  return (
    <div className="flex flex-col gap-1">
      {levels.data.inventory_levels.length === 0 && (
        <Text size="small">No stock</Text>
      )}
      {levels.data.inventory_levels.map((level) => (
        <Text size="small" key={level.id} data-testid={`stock-${variantId}`}>
          {locations.find((l) => l.id === level.location_id)?.name ??
            level.location_id}
          : {level.stocked_quantity} in stock, {level.available_quantity}{" "}
          available
        </Text>
      ))}
      {location && (
        <form
          className="flex items-center gap-2"
          onSubmit={async (event) => {
            event.preventDefault()
            setSaving(true)
            try {
              await vendor.products.setInventory(productId, variantId, {
                location_id: location.id,
                stocked_quantity: Number(quantity),
              })
              await client.invalidateQueries({ queryKey: key })
              setQuantity("")
              toast.success("Stock updated")
            } catch (error) {
              toast.error(errorMessage(error))
            } finally {
              setSaving(false)
            }
          }}
        >
          <Label htmlFor={`stock-input-${variantId}`} className="sr-only">
            Stock at {location.name}
          </Label>
          <Input
            id={`stock-input-${variantId}`}
            size="small"
            type="number"
            min="0"
            className="w-24"
            value={quantity}
            onChange={(e) => setQuantity(e.target.value)}
          />
          <Button
            size="small"
            variant="secondary"
            type="submit"
            disabled={!quantity}
            isLoading={saving}
          >
            Set
          </Button>
        </form>
      )}
    </div>
  )
}
