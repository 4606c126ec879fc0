import { Button, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorReview } from "../../../../src/types/http"
import { useVendorMutation } from "../../hooks/api/resource"
import { apiError } from "../../lib/api-error"
import { FormField, formatDateTime, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = { reply: string }

/** The seller's one public reply; sending it again replaces it. */
export const ReviewReplyForm = ({ review }: { review: VendorReview }) => {
  const reply = useVendorMutation(
    (body: Values) => vendor.reviews.reply(review.id, body),
    ["reviews"]
  )
  const form = useForm<Values>({
    defaultValues: { reply: review.seller_reply ?? "" },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await reply.mutateAsync(values)
      toast.success("Reply published")
    } catch (error) {
      showApiError(error, form.setError, ["reply"])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="flex flex-col gap-y-3"
      noValidate
      data-testid="review-reply-form"
    >
      <div>
        <Heading level="h3">Your public reply</Heading>
        {review.seller_replied_at && (
          <Text size="small" className="text-ui-fg-subtle">
            Replied {formatDateTime(review.seller_replied_at)}
          </Text>
        )}
      </div>
      <FormField
        id="review-reply"
        label="Reply"
        error={errors.reply ?? apiError(errors)}
      >
        <Textarea
          id="review-reply"
          rows={4}
          {...form.register("reply", { required: "Write a reply" })}
        />
      </FormField>
      <Button
        type="submit"
        size="small"
        className="self-end"
        isLoading={reply.isPending}
      >
        {review.seller_reply ? "Update reply" : "Publish reply"}
      </Button>
    </form>
  )
}
