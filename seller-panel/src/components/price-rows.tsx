import { Button, Input } from "@medusajs/ui"
import {
  useFieldArray,
  type Control,
  type FieldErrors,
  type FieldValues,
  type Path,
  type UseFormReturn,
  type UseFormSetError,
} from "react-hook-form"
import { FormField, showApiError } from "../lib/shared"

/** One price as a form holds it: a currency and the amount as typed, in the currency's main unit ("10.50"). */
export type PriceRow = { currency_code: string; amount: string }

/** A form with a list of prices per currency under `prices`. */
export type WithPriceRows = { prices: PriceRow[] }

type Price = { currency_code: string; amount: number }

export const emptyPriceRow = (currency_code = ""): PriceRow => ({
  currency_code,
  amount: "",
})

/** The API's prices as rows by currency (the amount as the API gives it, in the main unit). */
export const priceRowsOf = (prices: readonly Price[]): PriceRow[] =>
  [...prices]
    .sort((a, b) => a.currency_code.localeCompare(b.currency_code))
    .map(({ currency_code, amount }) => ({
      currency_code,
      amount: String(amount),
    }))

/**
 * The rows as the API takes them: the typed amount parsed once ("10.50" → 10.5), never
 * computed with; the API keeps it as a big number.
 */
export const pricesOfRows = (rows: readonly PriceRow[]): Price[] =>
  rows.map(({ currency_code, amount }) => ({
    currency_code: currency_code.trim().toLowerCase(),
    amount: Number(amount),
  }))

/** `prices.1.amount` for an API message about the body's `prices, 1, amount` (rows are sent in order). */
export function priceFieldOfMessage(message: string): string | undefined {
  const match = /field 'prices, (\d+), (amount|currency_code)'/.exec(message)
  return match ? `prices.${match[1]}.${match[2]}` : undefined
}

/** Shows an API error beside the price field it names, else beside the form field it names, else above the form. */
export function showPriceFormError<T extends FieldValues & WithPriceRows>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[]
) {
  const message = error instanceof Error ? error.message : String(error)
  const priceField = priceFieldOfMessage(message)
  if (priceField) {
    setError(priceField as Path<T>, { type: "api", message })
    return
  }
  showApiError(error, setError, fields)
}

/**
 * A price per currency, one row each: the currency, the amount (labelled with the currency)
 * and the errors beside each, the client's or the API's. At least one row stays.
 */
export function PriceRows<T extends WithPriceRows>({
  form,
  idPrefix,
  legend = "Prices",
}: {
  form: UseFormReturn<T>
  idPrefix: string
  legend?: string
}) {
  // The rows are the `prices` part of the caller's form, whatever else it holds.
  const rows = useFieldArray({
    control: form.control as unknown as Control<WithPriceRows>,
    name: "prices",
  })
  const errors = (form.formState.errors as FieldErrors<WithPriceRows>).prices
  const currencyOf = (index: number) =>
    String(form.watch(`prices.${index}.currency_code` as Path<T>) ?? "")
      .trim()
      .toUpperCase()
  return (
    <fieldset
      className="flex flex-col gap-3"
      data-testid={`${idPrefix}-prices`}
    >
      <legend className="txt-compact-small-plus mb-2">{legend}</legend>
      {rows.fields.map((row, index) => {
        const currency = currencyOf(index)
        const id = `${idPrefix}-price-${index}`
        return (
          <div
            key={row.id}
            className="grid grid-cols-[6rem_minmax(0,18rem)_auto] items-start gap-3"
            data-testid={`${id}-row`}
          >
            <FormField
              id={`${id}-currency`}
              label="Currency"
              error={errors?.[index]?.currency_code}
            >
              <Input
                id={`${id}-currency`}
                maxLength={3}
                placeholder="eur"
                {...form.register(`prices.${index}.currency_code` as Path<T>, {
                  required: "Three letters, e.g. eur",
                  validate: (value) => {
                    const code = String(value).trim().toLowerCase()
                    const same = form
                      .getValues()
                      .prices.map((other) =>
                        other.currency_code.trim().toLowerCase()
                      )
                      .filter((other) => other === code)
                    return (
                      same.length < 2 ||
                      `${code.toUpperCase()} has a price already`
                    )
                  },
                })}
              />
            </FormField>
            <FormField
              id={`${id}-amount`}
              label={currency ? `Price (${currency})` : "Price"}
              error={errors?.[index]?.amount}
            >
              <Input
                id={`${id}-amount`}
                type="number"
                min="0"
                step="0.01"
                {...form.register(`prices.${index}.amount` as Path<T>, {
                  required: "Enter a price",
                })}
              />
            </FormField>
            <Button
              type="button"
              size="small"
              variant="transparent"
              className="mt-7"
              aria-label={`Remove the ${currency || "empty"} price`}
              disabled={rows.fields.length === 1}
              onClick={() => rows.remove(index)}
            >
              Remove
            </Button>
          </div>
        )
      })}
      <Button
        type="button"
        size="small"
        variant="secondary"
        className="self-start"
        onClick={() => rows.append(emptyPriceRow())}
      >
        Add currency
      </Button>
    </fieldset>
  )
}
