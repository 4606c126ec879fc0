import { Button, toast, usePrompt } from "@medusajs/ui"
import { useVendorMutation } from "../hooks/api/resource"
import { errorMessage } from "./states"

/**
 * A row's Delete: asks first (Medusa's prompt), then deletes and refreshes the lists named
 * in `invalidates`; the API's refusal is shown as a toast.
 */
export const DeleteButton = ({
  name,
  description,
  onDelete,
  invalidates,
}: {
  /** What is deleted, as the seller knows it: the title, the toast and the button's label. */
  name: string
  description: string
  onDelete: () => Promise<unknown>
  invalidates: string[]
}) => {
  const prompt = usePrompt()
  const remove = useVendorMutation(onDelete, invalidates)
  return (
    <Button
      size="small"
      variant="transparent"
      aria-label={`Delete ${name}`}
      isLoading={remove.isPending}
      onClick={async () => {
        const confirmed = await prompt({
          title: `Delete ${name}?`,
          description,
          confirmText: "Delete",
          cancelText: "Cancel",
        })
        if (!confirmed) {
          return
        }
        try {
          await remove.mutateAsync(undefined)
          toast.success(`${name} deleted`)
        } catch (error) {
          toast.error(errorMessage(error))
        }
      }}
    >
      Delete
    </Button>
  )
}
