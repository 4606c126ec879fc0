import { Button, Input } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useNavigate, useSearchParams } from "react-router-dom"
import { useAcceptInvite } from "../../hooks/api/seller"
import { FormField, showApiError } from "../../lib/shared"
import { AuthLayout } from "./auth-layout"

type Values = { name: string; email: string; password: string }

/** The page the invite email links to (`/seller/invite?token=…`). */
export const AcceptInvitePage = () => {
  const [params] = useSearchParams()
  const token = params.get("token") ?? ""
  const navigate = useNavigate()
  const accept = useAcceptInvite()
  const form = useForm<Values>({
    defaultValues: { name: "", email: params.get("email") ?? "", password: "" },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await accept.mutateAsync({ ...values, token })
      navigate("/", { replace: true })
    } catch (error) {
      showApiError(error, form.setError, ["name", "email", "password"])
    }
  })

  return (
    <AuthLayout
      title="Join the team"
      description="Accept the invitation with the email it was sent to"
      error={
        token
          ? errors.root?.api?.message
          : "This link has no invitation token: open the link from the email again."
      }
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <FormField id="name" label="Your name" error={errors.name}>
          <Input
            id="name"
            autoComplete="name"
            {...form.register("name", { required: "Enter your name" })}
          />
        </FormField>
        <FormField id="email" label="Email" error={errors.email}>
          <Input
            id="email"
            type="email"
            autoComplete="email"
            {...form.register("email", { required: "Enter the invited email" })}
          />
        </FormField>
        <FormField id="password" label="Password" error={errors.password}>
          <Input
            id="password"
            type="password"
            autoComplete="new-password"
            {...form.register("password", {
              required: "Choose a password",
              minLength: { value: 8, message: "At least 8 characters" },
            })}
          />
        </FormField>
        <Button type="submit" disabled={!token} isLoading={accept.isPending}>
          Accept invitation
        </Button>
      </form>
    </AuthLayout>
  )
}
