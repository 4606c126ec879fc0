import { Button, createDataTableColumnHelper } from "@medusajs/ui"
import { useState } from "react"
import type {
  VendorShippingOption,
  VendorStockLocation,
} from "../../../../src/types/http"
import { DeleteButton } from "../../components/delete-button"
import { EditDrawer } from "../../components/edit-drawer"
import { ListTable } from "../../components/list-table"
import { PageHeader } from "../../components/states"
import { useVendorList } from "../../hooks/api/resource"
import { formatMoney, Section, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { LocationForm } from "./location-form"
import { ShippingOptionEditForm } from "./shipping-option-edit-form"
import { ShippingOptionForm } from "./shipping-option-form"

const locationColumn = createDataTableColumnHelper<VendorStockLocation>()
const optionColumn = createDataTableColumnHelper<VendorShippingOption>()

/** A row's Edit (opens the drawer) and Delete (after a confirmation). */
const RowActions = ({
  name,
  onEdit,
  ...remove
}: {
  name: string
  onEdit: () => void
  description: string
  onDelete: () => Promise<unknown>
  invalidates: string[]
}) => (
  <div className="flex gap-1">
    <Button
      size="small"
      variant="transparent"
      aria-label={`Edit ${name}`}
      onClick={onEdit}
    >
      Edit
    </Button>
    <DeleteButton name={name} {...remove} />
  </div>
)

const locationColumns = (onEdit: (location: VendorStockLocation) => void) => [
  locationColumn.accessor("name", { header: "Location" }),
  locationColumn.accessor("address", {
    header: "Address",
    cell: ({ getValue }) =>
      [
        getValue()?.address_1,
        getValue()?.city,
        getValue()?.country_code?.toUpperCase(),
      ]
        .filter(Boolean)
        .join(", "),
  }),
  locationColumn.accessor("fulfillment_sets", {
    header: "Ships to",
    cell: ({ getValue }) =>
      getValue()
        .flatMap((set) =>
          set.service_zones.flatMap((zone) =>
            zone.geo_zones.map((geo) => geo.country_code.toUpperCase())
          )
        )
        .join(", ") || "-",
  }),
  locationColumn.display({
    id: "actions",
    cell: ({ row }) => (
      <RowActions
        name={row.original.name}
        onEdit={() => onEdit(row.original)}
        description="Its shipping options and stock levels are deleted with it. A location holding reserved stock is kept."
        onDelete={() => vendor.stockLocations.remove(row.original.id)}
        invalidates={["stock-locations", "shipping-options"]}
      />
    ),
  }),
]

const optionColumns = (onEdit: (option: VendorShippingOption) => void) => [
  optionColumn.accessor("name", { header: "Shipping option" }),
  optionColumn.accessor("service_zone", {
    header: "Ships from",
    cell: ({ getValue }) => getValue().fulfillment_set.location.name,
  }),
  optionColumn.accessor("prices", {
    header: "Price",
    cell: ({ getValue }) =>
      getValue()
        .map((p) => formatMoney(p.amount, p.currency_code))
        .join(", "),
  }),
  optionColumn.display({
    id: "actions",
    cell: ({ row }) => (
      <RowActions
        name={row.original.name}
        onEdit={() => onEdit(row.original)}
        description="Customers can no longer choose it at checkout."
        onDelete={() => vendor.shippingOptions.remove(row.original.id)}
        invalidates={["shipping-options"]}
      />
    ),
  }),
]

export const ShippingPage = () => {
  const locationList = useListParams({ pageSize: 10, prefix: "locations_" })
  const optionList = useListParams({ pageSize: 10, prefix: "options_" })
  const locations = useVendorList(
    "stock-locations",
    vendor.stockLocations.list,
    locationList.query
  )
  const options = useVendorList(
    "shipping-options",
    vendor.shippingOptions.list,
    optionList.query
  )
  const [editedLocation, setEditedLocation] = useState<VendorStockLocation>()
  const [editedOption, setEditedOption] = useState<VendorShippingOption>()
  return (
    <div className="flex flex-col gap-3">
      <PageHeader
        title="Shipping"
        description="Where you ship from and what customers pay for it"
      />
      <ListTable
        testId="stock-locations"
        title="Stock locations"
        data={locations.data?.stock_locations}
        count={locations.data?.count}
        columns={locationColumns(setEditedLocation)}
        list={locationList}
        isLoading={locations.isPending}
        error={locations.error}
        onRetry={() => locations.refetch()}
        empty={{
          heading: "No locations",
          description: "Add the place you ship from.",
        }}
      />
      <Section title="Add a stock location">
        <LocationForm />
      </Section>
      <ListTable
        testId="shipping-options"
        title="Shipping options"
        data={options.data?.shipping_options}
        count={options.data?.count}
        columns={optionColumns(setEditedOption)}
        list={optionList}
        isLoading={options.isPending}
        error={options.error}
        onRetry={() => options.refetch()}
        empty={{
          heading: "No shipping options",
          description: "Customers cannot buy your products without one.",
        }}
      />
      <Section title="Add a shipping option">
        <ShippingOptionForm locations={locations.data?.stock_locations ?? []} />
      </Section>
      <EditDrawer
        title="Edit stock location"
        testId="location-drawer"
        open={!!editedLocation}
        onClose={() => setEditedLocation(undefined)}
      >
        {editedLocation && (
          <LocationForm
            location={editedLocation}
            onSaved={() => setEditedLocation(undefined)}
          />
        )}
      </EditDrawer>
      <EditDrawer
        title="Edit shipping option"
        testId="shipping-option-drawer"
        open={!!editedOption}
        onClose={() => setEditedOption(undefined)}
      >
        {editedOption && (
          <ShippingOptionEditForm
            option={editedOption}
            onSaved={() => setEditedOption(undefined)}
          />
        )}
      </EditDrawer>
    </div>
  )
}
