import { Button, Input } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { Link, useNavigate } from "react-router-dom"
import { useSignUp } from "../../hooks/api/seller"
import { FormField, showApiError } from "../../lib/shared"
import { AuthLayout } from "./auth-layout"

type Values = {
  name: string
  memberName: string
  email: string
  password: string
}
const FIELDS = ["name", "email", "password"] as const

export const SignUpPage = () => {
  const navigate = useNavigate()
  const signUp = useSignUp()
  const form = useForm<Values>({
    defaultValues: { name: "", memberName: "", email: "", password: "" },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async (values) => {
    try {
      await signUp.mutateAsync(values)
      navigate("/", { replace: true })
    } catch (error) {
      showApiError(error, form.setError, [...FIELDS])
    }
  })

  return (
    <AuthLayout
      title="Open your shop"
      description="Register as a seller; the marketplace reviews new shops"
      error={errors.root?.api?.message}
      footer={
        <>
          Already selling?{" "}
          <Link to="/login" className="text-ui-fg-interactive">
            Log in
          </Link>
        </>
      }
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        <FormField id="name" label="Shop name" error={errors.name}>
          <Input
            id="name"
            {...form.register("name", { required: "Name your shop" })}
          />
        </FormField>
        <FormField
          id="memberName"
          label="Your name"
          optional="optional"
          error={errors.memberName}
        >
          <Input
            id="memberName"
            autoComplete="name"
            {...form.register("memberName")}
          />
        </FormField>
        <FormField id="email" label="Email" error={errors.email}>
          <Input
            id="email"
            type="email"
            autoComplete="email"
            {...form.register("email", { required: "Enter your email" })}
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
        <Button type="submit" isLoading={signUp.isPending}>
          Create shop
        </Button>
      </form>
    </AuthLayout>
  )
}
