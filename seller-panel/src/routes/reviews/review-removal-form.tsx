import { Button, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorReview } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = { reason: string }

/** Asks the marketplace to remove an abusive review (a `review_removal` request an admin decides). */
export const ReviewRemovalForm = ({ review }: { review: VendorReview }) => {
  const create = useVendorMutation(vendor.requests.create, ["requests"])
  const form = useForm<Values>({ defaultValues: { reason: "" } })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async ({ reason }) => {
    try {
      await create.mutateAsync({
        type: "review_removal",
        payload: { review_id: review.id, reason },
      })
      form.reset()
      toast.success("Removal requested: the marketplace will decide")
    } catch (error) {
      showApiError(error, form.setError, ["reason"])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="border-ui-border-base flex flex-col gap-y-3 border-t pt-6"
      noValidate
      data-testid="review-removal-form"
    >
      <div>
        <Heading level="h3">Request removal</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          For abusive or off-topic reviews; the Requests page shows the
          decision.
        </Text>
      </div>
      <FormField
        id="review-removal-reason"
        label="Reason"
        error={errors.reason ?? apiError(errors)}
      >
        <Textarea
          id="review-removal-reason"
          rows={3}
          {...form.register("reason", { required: "Give a reason" })}
        />
      </FormField>
      <Button
        type="submit"
        size="small"
        variant="secondary"
        className="self-end"
        isLoading={create.isPending}
      >
        Request removal
      </Button>
    </form>
  )
}
