import { apiError } from "../../lib/api-error"
import { Button, Input, Select, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useVendorMutation } from "../../hooks/api/resource"
import { FormField, showApiError } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

type Values = { email: string; role: "admin" | "member" }

/** Invites someone by email; the invite email links to /seller/invite. */
export const InviteForm = () => {
  const invite = useVendorMutation(vendor.invites.create, ["invites"])
  const form = useForm<Values>({ defaultValues: { email: "", role: "member" } })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await invite.mutateAsync(values)
      form.reset()
      toast.success(`Invitation sent to ${values.email}`)
    } catch (error) {
      showApiError(error, form.setError, ["email", "role"])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="grid grid-cols-[2fr_1fr_auto] items-start gap-3 px-6 py-4"
      noValidate
    >
      <FormField
        id="invite-email"
        label="Email"
        error={errors.email ?? apiError(errors)}
      >
        <Input
          id="invite-email"
          type="email"
          {...form.register("email", { required: "Enter an email" })}
        />
      </FormField>
      <FormField id="invite-role" label="Role" error={errors.role}>
        <Select
          value={form.watch("role")}
          onValueChange={(value) =>
            form.setValue("role", value as Values["role"])
          }
        >
          <Select.Trigger id="invite-role">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="member">Member</Select.Item>
            <Select.Item value="admin">Admin</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <Button type="submit" className="mt-6" isLoading={invite.isPending}>
        Invite
      </Button>
    </form>
  )
}
