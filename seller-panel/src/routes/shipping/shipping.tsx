import { Button, createDataTableColumnHelper, toast } from "@medusajs/ui"
import type {
  VendorShippingOption,
  VendorStockLocation,
} from "../../../../src/types/http"
import { ListTable } from "../../components/list-table"
import { PageHeader, errorMessage } from "../../components/states"
import { useVendorList, useVendorMutation } from "../../hooks/api/resource"
import { formatMoney, Section, useListParams } from "../../lib/shared"
import { vendor } from "../../lib/vendor-client"
import { LocationForm } from "./location-form"
import { ShippingOptionForm } from "./shipping-option-form"

const locationColumn = createDataTableColumnHelper<VendorStockLocation>()
const optionColumn = createDataTableColumnHelper<VendorShippingOption>()

const locationColumns = [
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
]

const DeleteOption = ({ id }: { id: string }) => {
  const remove = useVendorMutation(vendor.shippingOptions.remove, [
    "shipping-options",
  ])
  return (
    <Button
      size="small"
      variant="transparent"
      isLoading={remove.isPending}
      onClick={async () => {
        try {
          await remove.mutateAsync(id)
          toast.success("Shipping option deleted")
        } catch (error) {
          toast.error(errorMessage(error))
        }
      }}
    >
      Delete
    </Button>
  )
}

const optionColumns = [
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
    cell: ({ row }) => <DeleteOption id={row.original.id} />,
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
        columns={locationColumns}
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
        columns={optionColumns}
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
    </div>
  )
}
