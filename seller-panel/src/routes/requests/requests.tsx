import { apiError } from "../../lib/api-error"
import {
  Button,
  createDataTableColumnHelper,
  Input,
  Select,
  StatusBadge,
  toast,
} from "@medusajs/ui"
import { useForm } from "react-hook-form"
import type { VendorSellerRequest } from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { PageHeader } from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import {
  FormField,
  formatDateTime,
  humanize,
  Section,
  showApiError,
  useListParams,
} from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"

const column = createDataTableColumnHelper<VendorSellerRequest>()
const STATUS_COLORS: Record<string, "green" | "orange" | "red" | "grey"> = {
  pending: "orange",
  accepted: "green",
  rejected: "red",
}

const columns = [
  column.accessor("type", {
    header: "Type",
    cell: ({ getValue }) => humanize(getValue()),
  }),
  column.accessor("payload", {
    header: "Subject",
    cell: ({ getValue }) =>
      String(getValue()?.name ?? getValue()?.value ?? getValue()?.title ?? ""),
  }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => (
      <StatusBadge color={STATUS_COLORS[getValue()] ?? "grey"}>
        {humanize(getValue())}
      </StatusBadge>
    ),
  }),
  column.accessor("reviewer_note", { header: "Note" }),
  column.accessor("created_at", {
    header: "Filed",
    cell: ({ getValue }) => formatDateTime(getValue()),
  }),
]

type Values = { type: "product_category" | "product_type"; name: string }

const SuggestionForm = () => {
  const create = useVendorMutation(vendor.requests.create, ["requests"])
  const form = useForm<Values>({
    defaultValues: { type: "product_category", name: "" },
  })
  const errors = form.formState.errors
  const submit = form.handleSubmit(async ({ type, name }) => {
    try {
      await create.mutateAsync(
        type === "product_category"
          ? { type, payload: { name } }
          : { type, payload: { value: name } }
      )
      form.reset()
      toast.success("Suggestion sent to the marketplace")
    } catch (error) {
      showApiError(error, form.setError, ["name"])
    }
  })
  return (
    <form
      onSubmit={submit}
      className="grid grid-cols-[1fr_2fr_auto] items-start gap-3 px-6 py-4"
      noValidate
    >
      <FormField id="request-type" label="Suggest a">
        <Select
          value={form.watch("type")}
          onValueChange={(value) =>
            form.setValue("type", value as Values["type"])
          }
        >
          <Select.Trigger id="request-type">
            <Select.Value />
          </Select.Trigger>
          <Select.Content>
            <Select.Item value="product_category">Category</Select.Item>
            <Select.Item value="product_type">Product type</Select.Item>
          </Select.Content>
        </Select>
      </FormField>
      <FormField
        id="request-name"
        label="Name"
        error={errors.name ?? apiError(errors)}
      >
        <Input
          id="request-name"
          {...form.register("name", { required: "Enter a name" })}
        />
      </FormField>
      <Button type="submit" className="mt-6" isLoading={create.isPending}>
        Send
      </Button>
    </form>
  )
}

export const RequestsPage = () => {
  const list = useListParams({ pageSize: 20 })
  const requests = useVendorList("requests", vendor.requests.list, list.query)
  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title="Requests"
        description="What you asked the marketplace to review"
      />
      <Section title="Suggest a category or type">
        <SuggestionForm />
      </Section>
      <ListTable
        testId="requests-list"
        title="Your requests"
        data={requests.data?.requests}
        count={requests.data?.count}
        columns={columns}
        list={list}
        isLoading={requests.isPending}
        error={requests.error}
        onRetry={() => requests.refetch()}
        empty={{
          heading: "No requests",
          description:
            "Publications, product updates and suggestions appear here.",
        }}
      />
    </div>
  )
}
