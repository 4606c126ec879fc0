import { Input, Label } from "@medusajs/ui"
import { useSearchParams } from "react-router-dom"

const FROM = "created_from"
const TO = "created_to"

/** A calendar day (`yyyy-mm-dd`) at the start or end of the day in the browser's time zone. */
const dayBound = (day: string, end: boolean) =>
  new Date(`${day}T${end ? "23:59:59.999" : "00:00:00.000"}`).toISOString()

/**
 * The orders' creation-date range, kept in the URL beside the list's other filters
 * (`?created_from=2026-12-01&created_to=2026-12-05`), and the `created_at` filter it makes.
 */
export function useCreatedDateRange() {
  const [params, setParams] = useSearchParams()
  const from = params.get(FROM) ?? ""
  const to = params.get(TO) ?? ""
  const set = (name: string, value: string) =>
    setParams(
      (previous) => {
        const next = new URLSearchParams(previous)
        if (value) next.set(name, value)
        else next.delete(name)
        next.delete("offset")
        return next
      },
      { replace: true }
    )
  const created_at: Record<string, string> = {}
  if (from) created_at.$gte = dayBound(from, false)
  if (to) created_at.$lte = dayBound(to, true)
  return {
    from,
    to,
    setFrom: (value: string) => set(FROM, value),
    setTo: (value: string) => set(TO, value),
    query: Object.keys(created_at).length ? { created_at } : {},
  }
}

/** Two labelled date inputs: orders created from and to (both days included). */
export const CreatedDateRange = ({
  range,
}: {
  range: ReturnType<typeof useCreatedDateRange>
}) => (
  <div className="flex items-center gap-2" data-testid="order-date-range">
    <Label htmlFor="orders-created-from" size="xsmall" className="shrink-0">
      Created from
    </Label>
    <Input
      id="orders-created-from"
      type="date"
      size="small"
      value={range.from}
      max={range.to || undefined}
      onChange={(event) => range.setFrom(event.target.value)}
    />
    <Label htmlFor="orders-created-to" size="xsmall" className="shrink-0">
      Created to
    </Label>
    <Input
      id="orders-created-to"
      type="date"
      size="small"
      value={range.to}
      min={range.from || undefined}
      onChange={(event) => range.setTo(event.target.value)}
    />
  </div>
)
