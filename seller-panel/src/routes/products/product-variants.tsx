import { Button, Table } from "@medusajs/ui"
import { useState } from "react"
import type { VendorProduct } from "../../../../src/types/http"
import { DeleteButton } from "../../components/delete-button"
import { EditDrawer } from "../../components/edit-drawer"
import { EmptyRow, formatMoney, Section } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { VariantForm } from "./variant-form"
import { VariantStock } from "./variant-stock"

type Variant = VendorProduct["variants"][number]

/** The product's variants with their prices and stock; add, edit (drawer) and delete them. */
export const ProductVariants = ({
  product,
  locations,
}: {
  product: VendorProduct
  locations: { id: string; name: string }[]
}) => {
  const [editing, setEditing] = useState<Variant | "new">()
  const close = () => setEditing(undefined)
  return (
    <Section
      title="Variants"
      description="Prices per currency and stock per location"
      testId="product-variants"
      actions={
        <Button
          size="small"
          variant="secondary"
          onClick={() => setEditing("new")}
        >
          Add variant
        </Button>
      }
    >
      {product.variants.length === 0 ? (
        <EmptyRow>No variants yet: customers cannot buy the product.</EmptyRow>
      ) : (
        <Table>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell>Variant</Table.HeaderCell>
              <Table.HeaderCell>SKU</Table.HeaderCell>
              <Table.HeaderCell>Options</Table.HeaderCell>
              <Table.HeaderCell>Prices</Table.HeaderCell>
              <Table.HeaderCell>Stock</Table.HeaderCell>
              <Table.HeaderCell />
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {product.variants.map((variant) => (
              <Table.Row key={variant.id} data-testid="variant-row">
                <Table.Cell>{variant.title}</Table.Cell>
                <Table.Cell>{variant.sku ?? "-"}</Table.Cell>
                <Table.Cell>
                  {variant.options.map((o) => o.value).join(" / ") || "-"}
                </Table.Cell>
                <Table.Cell>
                  {variant.prices
                    .map((price) =>
                      formatMoney(price.amount, price.currency_code)
                    )
                    .join(", ")}
                </Table.Cell>
                <Table.Cell className="py-2">
                  <VariantStock
                    productId={product.id}
                    variantId={variant.id}
                    locations={locations}
                  />
                </Table.Cell>
                <Table.Cell>
                  <div className="flex justify-end gap-1">
                    <Button
                      size="small"
                      variant="transparent"
                      aria-label={`Edit ${variant.title}`}
                      onClick={() => setEditing(variant)}
                    >
                      Edit
                    </Button>
                    <DeleteButton
                      name={variant.title}
                      description={`${variant.title} is removed with its prices and stock.`}
                      onDelete={() =>
                        vendor.products.removeVariant(product.id, variant.id)
                      }
                      invalidates={["products"]}
                    />
                  </div>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      )}
      <EditDrawer
        title={editing === "new" ? "Add variant" : "Edit variant"}
        testId="variant-drawer"
        open={!!editing}
        onClose={close}
      >
        {editing && (
          <VariantForm
            product={product}
            variant={editing === "new" ? undefined : editing}
            onSaved={close}
          />
        )}
      </EditDrawer>
    </Section>
  )
}
