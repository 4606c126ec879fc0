import type { FieldValues, Path, UseFormSetError } from "react-hook-form"

/**
 * The form field an API validation message is about: Medusa's zod messages name it
 * ("for field 'value'"), the marketplace's own messages mention it ("needs a currency_code").
 */
export function fieldOfMessage<F extends string>(
  message: string,
  fields: readonly F[]
): F | undefined {
  const named = /field '([\w.]+)'/.exec(message)?.[1]?.split(".")[0]
  if (named && (fields as readonly string[]).includes(named)) {
    return named as F
  }
  let first: { field: F; at: number } | undefined
  for (const field of fields) {
    const at = message.search(new RegExp(`\\b${field}\\b`))
    if (at >= 0 && (!first || at < first.at)) {
      first = { field, at }
    }
  }
  return first?.field
}

/** Shows an API error beside the field it names, or above the form when it names none. */
export function showApiError<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[]
) {
  const message = error instanceof Error ? error.message : String(error)
  const field = fieldOfMessage(message, fields)
  setError(field ?? ("root.api" as Path<T>), { type: "api", message })
}
