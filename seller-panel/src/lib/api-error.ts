import type { FieldError, FieldErrors, FieldValues } from "react-hook-form"

/** The API's message that named no field of the form (shown under the form's first field or above it). */
export function apiError<T extends FieldValues>(
  errors: FieldErrors<T>
): FieldError | undefined {
  return errors.root?.api as FieldError | undefined
}
