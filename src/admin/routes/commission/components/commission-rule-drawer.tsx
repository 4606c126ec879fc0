import {
  Button,
  Drawer,
  Hint,
  Input,
  Select,
  Switch,
  Text,
  toast,
} from "@medusajs/ui"
import { Controller, useForm } from "react-hook-form"
import { useTranslation } from "react-i18next"
import { FormField } from "../../../components/form-field"
import {
  CommissionRuleInput,
  useSaveCommissionRule,
} from "../../../hooks/commission-rules"
import { showApiError } from "../../../lib/api-errors"
import type { CommissionRule } from "../../../lib/types"

const ANY = "__any"
const FIELDS = [
  "name",
  "seller_id",
  "product_type_id",
  "product_category_id",
  "fee_type",
  "target",
  "kind",
  "value",
  "min_amount",
  "max_amount",
  "currency_code",
  "active",
] as const

type Values = {
  name: string
  seller_id: string
  product_type_id: string
  product_category_id: string
  fee_type: string
  target: CommissionRule["target"]
  kind: CommissionRule["kind"]
  value: string
  min_amount: string
  max_amount: string
  currency_code: string
  active: boolean
}

type Option = { value: string; label: string }
type Options =
  | { sellers: Option[]; productTypes: Option[]; categories: Option[] }
  | undefined

const toValues = (rule: CommissionRule | null): Values => ({
  name: rule?.name ?? "",
  seller_id: rule?.seller_id ?? ANY,
  product_type_id: rule?.product_type_id ?? ANY,
  product_category_id: rule?.product_category_id ?? ANY,
  fee_type: rule?.fee_type ?? "sales",
  target: rule?.target ?? "item",
  kind: rule?.kind ?? "percentage",
  value: rule ? String(rule.value) : "",
  min_amount:
    rule?.min_amount === null || rule?.min_amount === undefined
      ? ""
      : String(rule.min_amount),
  max_amount:
    rule?.max_amount === null || rule?.max_amount === undefined
      ? ""
      : String(rule.max_amount),
  currency_code: rule?.currency_code ?? "",
  active: rule?.active ?? true,
})

/** Empty inputs mean "none"; numbers go as numbers so the API validates the value itself. */
const toBody = (values: Values): CommissionRuleInput => {
  const scope = (value: string) => (value === ANY ? null : value)
  const amount = (value: string) => (value.trim() === "" ? null : Number(value))
  return {
    name: values.name.trim() || null,
    seller_id: scope(values.seller_id),
    product_type_id: scope(values.product_type_id),
    product_category_id: scope(values.product_category_id),
    fee_type: values.fee_type.trim(),
    target: values.target,
    kind: values.kind,
    value: Number(values.value),
    min_amount: amount(values.min_amount),
    max_amount: amount(values.max_amount),
    currency_code: values.currency_code.trim() || null,
    active: values.active,
  }
}

/**
 * Creates or edits a rule; the API's refusal appears beside the field it is about.
 * Mounted when opened, so the form starts from the rule being edited.
 */
export const CommissionRuleDrawer = ({
  rule,
  open,
  onOpenChange,
  options,
}: {
  rule: CommissionRule | null
  open: boolean
  onOpenChange: (open: boolean) => void
  options: Options
}) => {
  const { t } = useTranslation()
  const form = useForm<Values>({ defaultValues: toValues(rule) })
  const save = useSaveCommissionRule(rule?.id)
  const { errors } = form.formState

  const submit = form.handleSubmit(async (values) => {
    try {
      await save.mutateAsync(toBody(values))
      toast.success(
        rule
          ? t("marketplace.commission.updated")
          : t("marketplace.commission.created")
      )
      onOpenChange(false)
    } catch (error) {
      showApiError(error, form.setError, FIELDS)
    }
  })

  const scopeSelect = (
    field: "seller_id" | "product_type_id" | "product_category_id",
    label: string,
    choices: Option[] = []
  ) => (
    <FormField id={field} label={label} error={errors[field]}>
      <Controller
        control={form.control}
        name={field}
        render={({ field: control }) => (
          <Select value={control.value} onValueChange={control.onChange}>
            <Select.Trigger id={field}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ANY}>
                {t("marketplace.commission.any")}
              </Select.Item>
              {choices.map((choice) => (
                <Select.Item key={choice.value} value={choice.value}>
                  {choice.label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      />
    </FormField>
  )
  const enumSelect = (
    field: "target" | "kind",
    label: string,
    values: string[],
    labelKey: string
  ) => (
    <FormField id={field} label={label} error={errors[field]}>
      <Controller
        control={form.control}
        name={field}
        render={({ field: control }) => (
          <Select value={control.value} onValueChange={control.onChange}>
            <Select.Trigger id={field}>
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {values.map((value) => (
                <Select.Item key={value} value={value}>
                  {t(`${labelKey}.${value}`)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        )}
      />
    </FormField>
  )
  const optional = t("marketplace.common.optional")

  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content data-testid="commission-rule-drawer">
        <form
          onSubmit={submit}
          className="flex flex-1 flex-col overflow-hidden"
          noValidate
        >
          <Drawer.Header>
            <Drawer.Title>
              {rule
                ? t("marketplace.commission.editTitle")
                : t("marketplace.commission.createTitle")}
            </Drawer.Title>
          </Drawer.Header>
          <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
            <FormField
              id="name"
              label={t("marketplace.fields.name")}
              optional={optional}
              error={errors.name}
            >
              <Input id="name" {...form.register("name")} />
            </FormField>
            <Text size="small" weight="plus">
              {t("marketplace.commission.scope")}
            </Text>
            {scopeSelect(
              "seller_id",
              t("marketplace.fields.seller"),
              options?.sellers
            )}
            {scopeSelect(
              "product_type_id",
              t("marketplace.commission.productType"),
              options?.productTypes
            )}
            {scopeSelect(
              "product_category_id",
              t("marketplace.commission.category"),
              options?.categories
            )}
            <div className="grid grid-cols-2 gap-4">
              {enumSelect(
                "kind",
                t("marketplace.commission.kind"),
                ["percentage", "flat"],
                "marketplace.commission.kinds"
              )}
              <FormField
                id="value"
                label={t("marketplace.commission.value")}
                error={errors.value}
              >
                <Input
                  id="value"
                  type="number"
                  step="any"
                  {...form.register("value", {
                    validate: (value) =>
                      (value.trim() !== "" && !Number.isNaN(Number(value))) ||
                      t("marketplace.commission.valueRequired"),
                  })}
                />
              </FormField>
              <FormField
                id="min_amount"
                label={t("marketplace.commission.min")}
                optional={optional}
                error={errors.min_amount}
              >
                <Input
                  id="min_amount"
                  type="number"
                  step="any"
                  {...form.register("min_amount")}
                />
              </FormField>
              <FormField
                id="max_amount"
                label={t("marketplace.commission.max")}
                optional={optional}
                error={errors.max_amount}
              >
                <Input
                  id="max_amount"
                  type="number"
                  step="any"
                  {...form.register("max_amount")}
                />
              </FormField>
              <FormField
                id="currency_code"
                label={t("marketplace.commission.currency")}
                optional={optional}
                error={errors.currency_code}
              >
                <Input
                  id="currency_code"
                  placeholder="eur"
                  maxLength={3}
                  {...form.register("currency_code")}
                />
              </FormField>
              {enumSelect(
                "target",
                t("marketplace.commission.target"),
                ["item", "shipping", "order"],
                "marketplace.commission.targets"
              )}
            </div>
            <FormField
              id="fee_type"
              label={t("marketplace.commission.feeType")}
              error={errors.fee_type}
            >
              <Input id="fee_type" {...form.register("fee_type")} />
            </FormField>
            <div className="flex items-center justify-between">
              <div>
                <Text size="small" weight="plus">
                  {t("marketplace.commission.active")}
                </Text>
                <Text size="xsmall" className="text-ui-fg-subtle">
                  {t("marketplace.commission.activeHint")}
                </Text>
              </div>
              <Controller
                control={form.control}
                name="active"
                render={({ field }) => (
                  <Switch
                    id="active"
                    checked={field.value}
                    onCheckedChange={field.onChange}
                  />
                )}
              />
            </div>
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
            <Button
              size="small"
              type="submit"
              isLoading={save.isPending}
              data-testid="commission-save"
            >
              {t("marketplace.common.save")}
            </Button>
          </Drawer.Footer>
        </form>
      </Drawer.Content>
    </Drawer>
  )
}
