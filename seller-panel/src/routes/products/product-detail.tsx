import { Button, StatusBadge, Text, toast, usePrompt } from "@medusajs/ui"
import type { ProductStatus } from "@medusajs/framework/utils"
import { useQuery } from "@tanstack/react-query"
import { useNavigate, useParams } from "react-router-dom"
import { ErrorState, LoadingState, errorMessage } from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import { queryKeys } from "../../lib/query-keys"
import {
  EmptyRow,
  Field,
  formatDate,
  humanize,
  Section,
} from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { ProductEditForm } from "./product-edit-form"
import { ProductImages } from "./product-images"
import { ProductOptionsForm } from "./product-options-form"
import { ProductOrganizeForm } from "./product-organize-form"
import { ProductVariants } from "./product-variants"
import { STATUS_COLORS } from "./product-list"

export const ProductDetailPage = () => {
  const { id = "" } = useParams()
  const navigate = useNavigate()
  const prompt = usePrompt()
  const product = useQuery({
    queryKey: queryKeys.detail("products", id),
    queryFn: () => vendor.products.retrieve(id),
  })
  const locations = useVendorList(
    "stock-locations",
    vendor.stockLocations.list,
    { limit: 50 }
  )
  const requests = useVendorList("requests", vendor.requests.list, {
    limit: 50,
  })
  const update = useVendorMutation(
    (status: "draft" | "published") =>
      vendor.products.update(id, {
        status: status as ProductStatus.DRAFT | ProductStatus.PUBLISHED,
      }),
    ["products", "requests"]
  )
  const remove = useVendorMutation(
    () => vendor.products.remove(id),
    ["products"]
  )

  if (product.isPending) {
    return <LoadingState />
  }
  if (product.error) {
    return (
      <ErrorState error={product.error} onRetry={() => product.refetch()} />
    )
  }
  const p = product.data.product
  const stockLocations = locations.data?.stock_locations ?? []
  const ownRequests = (requests.data?.requests ?? []).filter(
    (request) =>
      request.payload?.product_id === p.id || request.resource_id === p.id
  )

  const setStatus = async (status: "draft" | "published") => {
    try {
      const { publication } = await update.mutateAsync(status)
      toast.success(
        publication?.outcome === "requested"
          ? "Publication requested: the marketplace reviews it"
          : status === "published"
            ? "Published"
            : "Unpublished"
      )
    } catch (error) {
      toast.error(errorMessage(error))
    }
  }

  return (
    <div className="flex flex-col gap-3" data-testid="product-detail">
      <Section
        title={p.title}
        description={p.handle}
        actions={
          <>
            <StatusBadge color={STATUS_COLORS[p.status] ?? "grey"}>
              {humanize(p.status)}
            </StatusBadge>
            {p.status === "published" ? (
              <Button
                size="small"
                variant="secondary"
                onClick={() => setStatus("draft")}
                isLoading={update.isPending}
              >
                Unpublish
              </Button>
            ) : (
              <Button
                size="small"
                variant="secondary"
                onClick={() => setStatus("published")}
                isLoading={update.isPending}
              >
                Publish
              </Button>
            )}
            <Button
              size="small"
              variant="danger"
              onClick={async () => {
                if (
                  await prompt({
                    title: "Delete product?",
                    description: `${p.title} is removed from your catalogue.`,
                    confirmText: "Delete",
                    cancelText: "Cancel",
                  })
                ) {
                  try {
                    await remove.mutateAsync(undefined)
                    navigate("/products")
                  } catch (error) {
                    toast.error(errorMessage(error))
                  }
                }
              }}
            >
              Delete
            </Button>
          </>
        }
      >
        <Field label="Description">{p.description}</Field>
        <Field label="Type">{p.type?.value}</Field>
        <Field label="Categories">
          {p.categories.map((c) => c.name).join(", ") || "-"}
        </Field>
        <Field label="Tags">
          {p.tags.map((t) => t.value).join(", ") || "-"}
        </Field>
        <Field label="Created">{formatDate(p.created_at)}</Field>
      </Section>
      <ProductEditForm product={p} />
      <ProductOrganizeForm product={p} />
      <ProductImages product={p} />
      <ProductOptionsForm product={p} />
      <ProductVariants product={p} locations={stockLocations} />
      <Section
        title="Requests"
        description="Publication and update requests for this product"
      >
        {ownRequests.length === 0 ? (
          <EmptyRow>No requests.</EmptyRow>
        ) : (
          ownRequests.map((request) => (
            <Field key={request.id} label={humanize(request.type)}>
              <Text size="small">
                {humanize(request.status)} · {formatDate(request.created_at)}
                {request.reviewer_note ? ` · ${request.reviewer_note}` : ""}
              </Text>
            </Field>
          ))
        )}
      </Section>
    </div>
  )
}
