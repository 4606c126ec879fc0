import { Button, Input, Text } from "@medusajs/ui"
import { useState } from "react"
import { useForm } from "react-hook-form"
import { Link, useSearchParams } from "react-router-dom"
import {
  useRequestPasswordReset,
  useResetPassword,
} from "../../hooks/api/seller"
import { FormField } from "../../lib/shared"
import { AuthLayout } from "./auth-layout"

type Values = { email: string; password: string }

/**
 * Medusa's reset flow for the `seller` actor: without a token it asks for the email (the
 * link goes out by email); with the link's token it sets the new password.
 */
export const ResetPasswordPage = () => {
  const [params] = useSearchParams()
  const token = params.get("token")
  const request = useRequestPasswordReset()
  const reset = useResetPassword()
  const [done, setDone] = useState(false)
  const form = useForm<Values>({
    defaultValues: { email: params.get("email") ?? "", password: "" },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      if (token) {
        await reset.mutateAsync({ ...values, token })
      } else {
        await request.mutateAsync(values.email)
      }
      setDone(true)
    } catch (error) {
      form.setError("root.api", {
        message: error instanceof Error ? error.message : String(error),
      })
    }
  })

  return (
    <AuthLayout
      title={token ? "Choose a new password" : "Reset your password"}
      description={
        token
          ? "Set the password you will log in with"
          : "We send a reset link to your email"
      }
      error={errors.root?.api?.message}
      footer={
        <Link to="/login" className="text-ui-fg-interactive">
          Back to log in
        </Link>
      }
    >
      {done ? (
        <Text role="status">
          {token
            ? "Your password is changed. Log in with it."
            : "If the email belongs to a seller account, a reset link is on its way."}
        </Text>
      ) : (
        <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
          <FormField id="email" label="Email" error={errors.email}>
            <Input
              id="email"
              type="email"
              autoComplete="email"
              {...form.register("email", { required: "Enter your email" })}
            />
          </FormField>
          {token && (
            <FormField
              id="password"
              label="New password"
              error={errors.password}
            >
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
          )}
          <Button
            type="submit"
            isLoading={request.isPending || reset.isPending}
          >
            {token ? "Set password" : "Send reset link"}
          </Button>
        </form>
      )}
    </AuthLayout>
  )
}
