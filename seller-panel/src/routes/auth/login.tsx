import { Button, Input } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { Link, useNavigate, useSearchParams } from "react-router-dom"
import { useLogin } from "../../hooks/api/seller"
import { FormField } from "../../lib/shared"
import { AuthLayout } from "./auth-layout"

type Values = { email: string; password: string }

export const LoginPage = () => {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const login = useLogin()
  const form = useForm<Values>({ defaultValues: { email: "", password: "" } })
  const submit = form.handleSubmit(async (values) => {
    try {
      await login.mutateAsync(values)
      navigate("/", { replace: true })
    } catch (error) {
      form.setError("root.api", {
        message:
          error instanceof Error ? error.message : "Could not log you in",
      })
    }
  })

  return (
    <AuthLayout
      title="Log in to your shop"
      description="The seller panel of the marketplace"
      error={
        form.formState.errors.root?.api?.message ??
        (params.get("session") === "ended"
          ? "Your session ended. Log in again."
          : undefined)
      }
      footer={
        <>
          New seller?{" "}
          <Link to="/sign-up" className="text-ui-fg-interactive">
            Open a shop
          </Link>{" "}
          ·{" "}
          <Link to="/reset-password" className="text-ui-fg-interactive">
            Forgot password?
          </Link>
        </>
      }
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <FormField id="email" label="Email" error={form.formState.errors.email}>
          <Input
            id="email"
            type="email"
            autoComplete="email"
            {...form.register("email", { required: "Enter your email" })}
          />
        </FormField>
        <FormField
          id="password"
          label="Password"
          error={form.formState.errors.password}
        >
          <Input
            id="password"
            type="password"
            autoComplete="current-password"
            {...form.register("password", { required: "Enter your password" })}
          />
        </FormField>
        <Button type="submit" isLoading={login.isPending}>
          Log in
        </Button>
      </form>
    </AuthLayout>
  )
}
