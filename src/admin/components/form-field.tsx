import { Hint, Label } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { FieldError } from "react-hook-form"

/** A label, the control and the field's error (the client's check or the API's answer) beside it. */
export const FormField = ({
  id,
  label,
  optional,
  error,
  children,
}: {
  id: string
  label: string
  optional?: string
  error?: FieldError
  children: ReactNode
}) => (
  <div className="flex flex-col gap-y-2" data-testid={`field-${id}`}>
    <Label htmlFor={id} size="small" weight="plus">
      {label}
      {optional && (
        <span className="text-ui-fg-muted font-normal"> ({optional})</span>
      )}
    </Label>
    {children}
    {error?.message && (
      <Hint variant="error" data-testid={`field-error-${id}`}>
        {error.message}
      </Hint>
    )}
  </div>
)
