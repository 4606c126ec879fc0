import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createProductsWorkflow,
  createPromotionsWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

/** A storefront to shop in: built once per spec file, before the database snapshot. */
export type Storefront = {
  regionId: string
  salesChannelId: string
  /** Headers for store routes: the publishable key. */
  store: { headers: Record<string, string> }
  variantIds: [string, string]
  productId: string
  shippingOptionId: string
  promoCode: string
}

export const SHIPPING_ADDRESS = {
  first_name: "Ada",
  last_name: "Lovelace",
  address_1: "Unter den Linden 1",
  city: "Berlin",
  postal_code: "10117",
  country_code: "de",
}

export async function createStorefront(container: MedusaContainer): Promise<Storefront> {
  const {
    result: [salesChannel],
  } = await createSalesChannelsWorkflow(container).run({
    input: { salesChannelsData: [{ name: "Cart cache storefront" }] },
  })
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Germany",
          currency_code: "eur",
          countries: ["de"],
          // Taxes only through POST /store/carts/:id/taxes, so that route is observable.
          automatic_taxes: false,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: [
      {
        country_code: "de",
        provider_id: "tp_system",
        default_tax_rate: { rate: 19, code: "DE19", name: "German VAT" },
      },
    ],
  })
  const {
    result: [apiKey],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "Cart cache storefront", type: "publishable", created_by: "" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: apiKey.id, add: [salesChannel.id] },
  })

  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Cart cache goods", type: "goods" }] },
  })
  const shippingOptionId = await createShipping(container, salesChannel.id, profile.id)
  const {
    result: [product],
  } = await createProductsWorkflow(container).run({
    input: {
      products: [
        {
          title: "Cache tee",
          status: "published",
          shipping_profile_id: profile.id,
          options: [{ title: "Size", values: ["M", "L"] }],
          variants: ["M", "L"].map((size, index) => ({
            title: `Tee ${size}`,
            options: { Size: size },
            manage_inventory: false,
            prices: [{ currency_code: "eur", amount: 20 + index * 5 }],
          })),
          sales_channels: [{ id: salesChannel.id }],
        },
      ],
    },
  })

  const promoCode = "CACHE10"
  await createPromotionsWorkflow(container).run({
    input: {
      promotionsData: [
        {
          code: promoCode,
          type: "standard",
          status: "active",
          is_automatic: false,
          application_method: {
            type: "percentage",
            target_type: "order",
            allocation: "across",
            value: 10,
            currency_code: "eur",
          },
        },
      ],
    },
  })

  return {
    regionId: region.id,
    salesChannelId: salesChannel.id,
    store: { headers: { "x-publishable-api-key": apiKey.token } },
    variantIds: [product.variants[0].id, product.variants[1].id],
    productId: product.id,
    shippingOptionId,
    promoCode,
  }
}

async function createShipping(
  container: MedusaContainer,
  salesChannelId: string,
  shippingProfileId: string
): Promise<string> {
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({
    input: { locations: [{ name: "Cart cache warehouse" }] },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({
    input: { id: location.id, add: [salesChannelId] },
  })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const fulfillmentSet = await fulfillment.createFulfillmentSets({
    name: `cart-cache-${location.id}`,
    type: "shipping",
    service_zones: [{ name: "Germany", geo_zones: [{ type: "country", country_code: "de" }] }],
  })
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  await link.create([
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    },
    {
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
    },
  ])
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name: "Standard",
        service_zone_id: fulfillmentSet.service_zones[0].id,
        shipping_profile_id: shippingProfileId,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "eur", amount: 5 }],
        rules: [
          { attribute: "enabled_in_store", operator: "eq", value: "true" },
          { attribute: "is_return", operator: "eq", value: "false" },
        ],
      },
    ],
  })
  return option.id
}

/** Registers a customer through the store auth routes and returns its bearer headers. */
export async function createCustomerSession(
  api: AxiosInstance,
  storefront: Storefront,
  email: string
): Promise<{ headers: Record<string, string> }> {
  const credentials = { email, password: "customer-password" }
  const registration = await api.post("/auth/customer/emailpass/register", credentials)
  await api.post(
    "/store/customers",
    { email },
    {
      headers: {
        ...storefront.store.headers,
        authorization: `Bearer ${registration.data.token}`,
      },
    }
  )
  const login = await api.post("/auth/customer/emailpass", credentials)
  return { headers: { ...storefront.store.headers, authorization: `Bearer ${login.data.token}` } }
}

export async function createCart(api: AxiosInstance, storefront: Storefront): Promise<string> {
  const { data } = await api.post(
    "/store/carts",
    { region_id: storefront.regionId, sales_channel_id: storefront.salesChannelId },
    storefront.store
  )
  return data.cart.id
}
