export type FormValue =
  string | number | boolean | null | undefined | FormObject
export type FormObject = { [key: string]: FormValue }

/**
 * Stripe's `application/x-www-form-urlencoded` bodies: nested objects as
 * `metadata[seller_id]=...`; null/undefined are left out.
 */
export function formEncode(body: FormObject): string {
  const params = new URLSearchParams()
  const add = (prefix: string, value: FormValue) => {
    if (value === null || value === undefined) {
      return
    }
    if (typeof value === "object") {
      for (const [key, nested] of Object.entries(value)) {
        add(`${prefix}[${key}]`, nested)
      }
      return
    }
    params.append(prefix, String(value))
  }
  for (const [key, value] of Object.entries(body)) {
    add(key, value)
  }
  return params.toString()
}
