import { Button, Label, Prompt, Text, Textarea } from "@medusajs/ui"
import { useState } from "react"
import { useTranslation } from "react-i18next"

type Props = {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmLabel: string
  /** A note field: required (the action needs a reason), optional, or none. */
  note?: { label: string; required: boolean }
  variant?: "danger" | "confirmation"
  isPending?: boolean
  /** Resolves when done; a thrown error's message is shown in the dialog. */
  onConfirm: (note: string) => Promise<unknown>
}

/** A confirmation for a status change, with the note or reason it asks for. */
export const ActionDialog = (props: Props) => {
  const { t } = useTranslation()
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)

  const close = (open: boolean) => {
    if (!open) {
      setNote("")
      setError(null)
    }
    props.onOpenChange(open)
  }
  const confirm = async () => {
    if (props.note?.required && !note.trim()) {
      setError(t("marketplace.common.noteRequired"))
      return
    }
    try {
      await props.onConfirm(note.trim())
      close(false)
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure))
    }
  }

  return (
    <Prompt
      open={props.open}
      onOpenChange={close}
      variant={props.variant ?? "confirmation"}
    >
      <Prompt.Content>
        <Prompt.Header>
          <Prompt.Title>{props.title}</Prompt.Title>
          <Prompt.Description>{props.description}</Prompt.Description>
        </Prompt.Header>
        {props.note && (
          <div className="flex flex-col gap-y-2 px-6 pb-4">
            <Label htmlFor="action-note" size="small" weight="plus">
              {props.note.label}
              {!props.note.required && ` (${t("marketplace.common.optional")})`}
            </Label>
            <Textarea
              id="action-note"
              name="note"
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-invalid={!!error}
            />
          </div>
        )}
        {error && (
          <Text
            size="small"
            className="text-ui-fg-error px-6 pb-4"
            role="alert"
          >
            {error}
          </Text>
        )}
        <Prompt.Footer>
          <Prompt.Cancel>{t("marketplace.common.cancel")}</Prompt.Cancel>
          <Button
            size="small"
            variant={props.variant === "danger" ? "danger" : "primary"}
            isLoading={props.isPending}
            onClick={confirm}
            data-testid="confirm-action"
          >
            {props.confirmLabel}
          </Button>
        </Prompt.Footer>
      </Prompt.Content>
    </Prompt>
  )
}
