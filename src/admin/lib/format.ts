/** Amounts arrive in the currency's main unit, as numbers or decimal strings. */
export function formatMoney(
  amount: number | string | null | undefined,
  currencyCode: string
): string {
  if (amount === null || amount === undefined || amount === "") {
    return "-"
  }
  const value = typeof amount === "string" ? Number(amount) : amount
  try {
    return new Intl.NumberFormat(undefined, {
      style: "currency",
      currency: currencyCode.toUpperCase(),
    }).format(value)
  } catch {
    return `${value.toFixed(2)} ${currencyCode.toUpperCase()}`
  }
}

export function formatDate(value: string | null | undefined): string {
  return value
    ? new Date(value).toLocaleDateString(undefined, { dateStyle: "medium" })
    : "-"
}

export function formatDateTime(value: string | null | undefined): string {
  return value
    ? new Date(value).toLocaleString(undefined, {
        dateStyle: "medium",
        timeStyle: "short",
      })
    : "-"
}

/** "seller_registration" → "Seller registration" for values without a translation. */
export function humanize(value: string): string {
  const words = value.replace(/_/g, " ")
  return words.charAt(0).toUpperCase() + words.slice(1)
}
