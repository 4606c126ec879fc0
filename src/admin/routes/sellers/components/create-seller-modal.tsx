import { zodResolver } from "@hookform/resolvers/zod"
import { Button, Drawer, Hint, Input, Text, toast } from "@medusajs/ui"
import { useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { useNavigate } from "react-router-dom"
import { z } from "zod"
import { FormField } from "../../../components/form-field"
import { useCreateSeller } from "../../../hooks/sellers"
import { showApiError } from "../../../lib/api-errors"

const schema = z.object({
  name: z.string().trim().min(1),
  email: z.string().trim().email(),
  handle: z
    .string()
    .trim()
    .regex(/^([a-z0-9]+(?:-[a-z0-9]+)*)?$/),
})
type Values = z.infer<typeof schema>

/** Creates an open seller; its owner is invited at the email given. */
export const CreateSellerModal = ({
  open,
  onOpenChange,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
}) => {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const form = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: "", email: "", handle: "" },
  })
  const create = useCreateSeller()
  const { errors } = form.formState

  const submit = form.handleSubmit(async ({ handle, ...values }) => {
    try {
      const { seller, invite } = await create.mutateAsync({
        ...values,
        ...(handle ? { handle } : {}),
      })
      toast.success(t("marketplace.sellers.created", { email: invite.email }))
      form.reset()
      onOpenChange(false)
      navigate(`/sellers/${seller.id}`)
    } catch (error) {
      showApiError(error, form.setError, ["name", "email", "handle"])
    }
  })

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content>
        <form
          onSubmit={submit}
          className="flex flex-1 flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>{t("marketplace.sellers.createTitle")}</Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <Text size="small" className="text-ui-fg-subtle">
              {t("marketplace.sellers.createHint")}
            </Text>
            <FormField
              id="name"
              label={t("marketplace.fields.name")}
              error={errors.name}
            >
              <Input id="name" {...form.register("name")} />
            </FormField>
            <FormField
              id="email"
              label={t("marketplace.sellers.ownerEmail")}
              error={errors.email}
            >
              <Input id="email" type="email" {...form.register("email")} />
            </FormField>
            <FormField
              id="handle"
              label={t("marketplace.fields.handle")}
              optional={t("marketplace.common.optional")}
              error={errors.handle}
            >
              <Input
                id="handle"
                placeholder="nordic-knits"
                {...form.register("handle")}
              />
            </FormField>
            {errors.root?.api && (
              <Hint variant="error">{errors.root.api.message}</Hint>
            )}
          </Drawer.Body>
          <Drawer.Footer>
            <Drawer.Close asChild>
              <Button size="small" variant="secondary" type="button">
                {t("marketplace.common.cancel")}
              </Button>
            </Drawer.Close>
            <Button size="small" type="submit" isLoading={create.isPending}>
              {t("marketplace.common.create")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
