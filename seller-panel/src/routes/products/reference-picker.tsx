import { XMarkMini } from "@medusajs/icons"
import {
  Badge,
  Button,
  Checkbox,
  Hint,
  Input,
  Label,
  RadioGroup,
  Text,
} from "@medusajs/ui"
import { useState } from "react"
import { useVendorList } from "../../hooks/api/resource"
import type { ListQuery } from "../../lib/vendor-client"

/** A category, type or tag as the product and the picker show it. */
export type Choice = { id: string; label: string }

const PAGE_SIZE = 5

/**
 * Picks marketplace categories, types or tags: the chosen ones as badges, a search and one
 * page of the route's list at a time (several with checkboxes, or one with radio buttons).
 */
export const ReferencePicker = ({
  id,
  label,
  resource,
  load,
  multiple,
  value,
  onChange,
  error,
}: {
  id: string
  label: string
  resource: string
  load: (query?: ListQuery) => Promise<{ choices: Choice[]; count: number }>
  multiple: boolean
  value: Choice[]
  onChange: (value: Choice[]) => void
  error?: { message?: string }
}) => {
  const [q, setQ] = useState("")
  const [offset, setOffset] = useState(0)
  const page = useVendorList(resource, load, {
    q: q || undefined,
    limit: PAGE_SIZE,
    offset,
  })
  const choices = page.data?.choices ?? []
  const count = page.data?.count ?? 0
  const isChosen = (choice: Choice) => value.some((v) => v.id === choice.id)
  const toggle = (choice: Choice) =>
    onChange(
      isChosen(choice)
        ? value.filter((v) => v.id !== choice.id)
        : [...value, choice]
    )

  return (
    <fieldset className="flex flex-col gap-y-2" data-testid={`picker-${id}`}>
      <legend className="txt-compact-small-plus mb-2">{label}</legend>
      <div className="flex min-h-6 flex-wrap gap-1" aria-live="polite">
        {value.length === 0 ? (
          <Text size="small" className="text-ui-fg-muted">
            None chosen
          </Text>
        ) : (
          value.map((choice) => (
            <Badge key={choice.id} size="small" className="gap-x-1">
              {choice.label}
              <button
                type="button"
                aria-label={`Remove ${choice.label}`}
                onClick={() =>
                  onChange(value.filter((v) => v.id !== choice.id))
                }
              >
                <XMarkMini />
              </button>
            </Badge>
          ))
        )}
      </div>
      <Input
        type="search"
        size="small"
        placeholder="Search"
        aria-label={`Search ${label.toLowerCase()}`}
        value={q}
        onChange={(event) => {
          setQ(event.target.value)
          setOffset(0)
        }}
      />
      {page.isPending ? (
        <Text size="small" className="text-ui-fg-subtle">
          Loading…
        </Text>
      ) : page.error ? (
        <Hint variant="error">Could not load: {page.error.message}</Hint>
      ) : choices.length === 0 ? (
        <Text size="small" className="text-ui-fg-subtle">
          Nothing found.
        </Text>
      ) : multiple ? (
        <div className="flex flex-col gap-y-1">
          {choices.map((choice) => (
            <div key={choice.id} className="flex items-center gap-x-2">
              <Checkbox
                id={`${id}-${choice.id}`}
                checked={isChosen(choice)}
                onCheckedChange={() => toggle(choice)}
              />
              <Label htmlFor={`${id}-${choice.id}`} size="small">
                {choice.label}
              </Label>
            </div>
          ))}
        </div>
      ) : (
        <RadioGroup
          value={value[0]?.id ?? ""}
          onValueChange={(chosen) =>
            onChange(choices.filter((choice) => choice.id === chosen))
          }
        >
          {choices.map((choice) => (
            <div key={choice.id} className="flex items-center gap-x-2">
              <RadioGroup.Item value={choice.id} id={`${id}-${choice.id}`} />
              <Label htmlFor={`${id}-${choice.id}`} size="small">
                {choice.label}
              </Label>
            </div>
          ))}
        </RadioGroup>
      )}
      {count > PAGE_SIZE && (
        <div className="flex items-center justify-between">
          <Text size="xsmall" className="text-ui-fg-subtle">
            {offset + 1}–{offset + choices.length} of {count}
          </Text>
          <div className="flex gap-x-1">
            <Button
              type="button"
              size="small"
              variant="transparent"
              disabled={offset === 0}
              onClick={() => setOffset(Math.max(0, offset - PAGE_SIZE))}
            >
              Previous
            </Button>
            <Button
              type="button"
              size="small"
              variant="transparent"
              disabled={offset + PAGE_SIZE >= count}
              onClick={() => setOffset(offset + PAGE_SIZE)}
            >
              Next
            </Button>
          </div>
        </div>
      )}
      {error?.message && (
        <Hint variant="error" data-testid={`field-error-${id}`}>
          {error.message}
        </Hint>
      )}
    </fieldset>
  )
}
