import { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createTaxRegionsWorkflow,
  createUserAccountWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { SeedCredentials, seedCredentials } from "../config"
import { STRIPE_PAYMENT_PROVIDER_ID } from "../providers/payment-stripe"
import { SELLER_MODULE, SellerModuleService } from "../modules/seller"
import { listSellerResourceIds } from "../workflows/catalog/utils/seller-resources"
import { createVendorProductWorkflow } from "../workflows/catalog/workflows/create-vendor-product"
import { createVendorShippingOptionWorkflow } from "../workflows/catalog/workflows/create-vendor-shipping-option"
import { createVendorStockLocationWorkflow } from "../workflows/catalog/workflows/create-vendor-stock-location"
import { setVariantStockWorkflow } from "../workflows/catalog/workflows/set-variant-stock"
import { registerSellerWorkflow } from "../workflows/seller/workflows/register-seller"
import { printStorefrontFlow } from "./seed/print-storefront-flow"
import { seedPendingProductUpdate } from "./seed/seed-pending-product-update"
import { seedReturnedOrder } from "./seed/seed-returned-order"
import { seedReviews } from "./seed/seed-reviews"

export const STOREFRONT_KEY_TITLE = "Marketplace storefront"
const COUNTRIES = ["de", "fr", "it", "es", "nl", "be", "at", "se", "dk"]
/** Three open demo sellers and one waiting for review (with its registration request). */
const DEMO_SELLERS = [
  {
    name: "Nordic Knits",
    handle: "nordic-knits",
    city: "Copenhagen",
    country_code: "dk",
    open: true,
  },
  {
    name: "Atelier Lumière",
    handle: "atelier-lumiere",
    city: "Lyon",
    country_code: "fr",
    open: true,
  },
  {
    name: "Casa Cerámica",
    handle: "casa-ceramica",
    city: "Valencia",
    country_code: "es",
    open: true,
  },
  {
    name: "Pending Pottery",
    handle: "pending-pottery",
    city: "Delft",
    country_code: "nl",
    open: false,
  },
].map((seller) => ({ ...seller, email: `owner@${seller.handle}.test` }))
/** What each open demo seller sells: products with one variant per option value, EUR prices. */
const DEMO_CATALOG: Record<
  string,
  {
    shipping: number
    products: { title: string; option: string; variants: [string, number][] }[]
  }
> = {
  "nordic-knits": {
    shipping: 4.9,
    products: [
      {
        title: "Merino beanie",
        option: "Colour",
        variants: [
          ["Grey", 29],
          ["Navy", 29],
        ],
      },
      {
        title: "Fisherman sweater",
        option: "Size",
        variants: [
          ["S", 119],
          ["M", 119],
          ["L", 124],
        ],
      },
      {
        title: "Wool socks",
        option: "Size",
        variants: [
          ["36-40", 14.5],
          ["41-46", 14.5],
        ],
      },
    ],
  },
  "atelier-lumiere": {
    shipping: 6.5,
    products: [
      {
        title: "Linen lampshade",
        option: "Diameter",
        variants: [
          ["30 cm", 49],
          ["40 cm", 64],
        ],
      },
      {
        title: "Beeswax candle",
        option: "Scent",
        variants: [
          ["Honey", 12],
          ["Lavender", 12.5],
        ],
      },
    ],
  },
  "casa-ceramica": {
    shipping: 7.9,
    products: [
      {
        title: "Terracotta bowl",
        option: "Size",
        variants: [
          ["Small", 18],
          ["Large", 32],
        ],
      },
      {
        title: "Glazed mug",
        option: "Colour",
        variants: [
          ["Azul", 16],
          ["Blanco", 16],
        ],
      },
      { title: "Serving plate", option: "Finish", variants: [["Matte", 39]] },
    ],
  },
}
const DEMO_STOCK = 50

/**
 * Seeds the demo marketplace once. On a seeded database it changes nothing and
 * prints the same credential lines, so `npm run dev` always ends with them.
 */
export default async function seedMarketplace({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const credentials = seedCredentials()
  const apiKeyService = container.resolve(Modules.API_KEY)

  const [existingKey] = await apiKeyService.listApiKeys({
    title: STOREFRONT_KEY_TITLE,
    type: "publishable",
  })
  if (existingKey) {
    await seedSellers(container, credentials)
    await seedActivity(container)
    logger.info("Marketplace already seeded; nothing to do.")
    printCredentials(existingKey.token, credentials)
    await printDemoStorefrontFlow(container, existingKey.token)
    return
  }

  const storeService = container.resolve(Modules.STORE)
  const salesChannelService = container.resolve(Modules.SALES_CHANNEL)
  const [store] = await storeService.listStores()
  const [salesChannel] = await salesChannelService.listSalesChannels({
    name: "Default Sales Channel",
  })

  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: "Marketplace",
        supported_currencies: [
          { currency_code: "eur", is_default: true },
          { currency_code: "usd" },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  // Stripe is offered beside the system provider when the payment module has it (PAYMENT_PROVIDER=stripe).
  const stripe = await container
    .resolve(Modules.PAYMENT)
    .listPaymentProviders({ id: STRIPE_PAYMENT_PROVIDER_ID })
  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: COUNTRIES,
          payment_providers: [
            "pp_system_default",
            ...stripe.map((provider) => provider.id),
          ],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map((country_code) => ({
      country_code,
      provider_id: "tp_system",
    })),
  })

  const {
    result: [publishableKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" },
      ],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishableKey.id, add: [salesChannel.id] },
  })

  await createAdmin(container, credentials)
  await seedSellers(container, credentials)
  await seedActivity(container)

  logger.info("Marketplace seeded.")
  printCredentials(publishableKey.token, credentials)
  await printDemoStorefrontFlow(container, publishableKey.token)
}

/** The storefront checkout with two open demo sellers' items, after the credentials. */
async function printDemoStorefrontFlow(
  container: ExecArgs["container"],
  publishableKey: string
) {
  const sellerService = container.resolve<SellerModuleService>(SELLER_MODULE)
  const open = await sellerService.listSellers(
    { handle: DEMO_SELLERS.filter((s) => s.open).map((s) => s.handle) },
    { select: ["id", "name", "handle"] }
  )
  const ordered = DEMO_SELLERS.flatMap((demo) =>
    open.filter((seller) => seller.handle === demo.handle)
  )
  await printStorefrontFlow(container, publishableKey, ordered)
}

async function createAdmin(
  container: ExecArgs["container"],
  credentials: SeedCredentials
) {
  const authService = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authService.register("emailpass", {
    body: {
      email: credentials.adminEmail,
      password: credentials.adminPassword,
    },
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the demo admin: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: credentials.adminEmail },
    },
  })
}

/** Registers each missing demo seller through the same workflow as POST /vendor/sellers. */
async function seedSellers(
  container: ExecArgs["container"],
  credentials: SeedCredentials
) {
  const sellerService = container.resolve<SellerModuleService>(SELLER_MODULE)
  const authService = container.resolve(Modules.AUTH)
  for (const demo of DEMO_SELLERS) {
    const [existing] = await sellerService.listSellers(
      { handle: demo.handle },
      { select: ["id"] }
    )
    if (existing) {
      await seedSellerCatalog(container, existing.id, demo.handle)
      continue
    }
    const { authIdentity, error } = await authService.register("emailpass", {
      body: { email: demo.email, password: credentials.sellerPassword },
    })
    if (error || !authIdentity) {
      throw new Error(
        `Could not register the demo seller ${demo.email}: ${error}`
      )
    }
    await registerSellerWorkflow(container).run({
      input: {
        auth_identity_id: authIdentity.id,
        seller: {
          name: demo.name,
          handle: demo.handle,
          email: demo.email,
          city: demo.city,
          country_code: demo.country_code,
          description: `${demo.name}, a demo seller of the marketplace.`,
        },
        member: { name: `${demo.name} owner` },
        approval: demo.open ? "auto" : "manual",
      },
    })
    const [created] = await sellerService.listSellers(
      { handle: demo.handle },
      { select: ["id"] }
    )
    await seedSellerCatalog(container, created.id, demo.handle)
  }
}

/**
 * A stock location (with its service zone over the region's countries), a shipping
 * option and published, stocked products — through the same workflows as the vendor
 * routes. Skipped when the seller already has a stock location.
 */
async function seedSellerCatalog(
  container: ExecArgs["container"],
  sellerId: string,
  handle: string
) {
  const catalog = DEMO_CATALOG[handle]
  if (!catalog) {
    return
  }
  if (
    (await listSellerResourceIds(container, "stock_location", sellerId)).length
  ) {
    return
  }
  const { result: location } = await createVendorStockLocationWorkflow(
    container
  ).run({
    input: { seller_id: sellerId, location: { name: `${handle} warehouse` } },
  })
  await createVendorShippingOptionWorkflow(container).run({
    input: {
      seller_id: sellerId,
      stock_location_id: location.id,
      name: "Standard delivery",
      prices: [{ currency_code: "eur", amount: catalog.shipping }],
    },
  })
  for (const product of catalog.products) {
    const { result } = await createVendorProductWorkflow(container).run({
      input: {
        seller_id: sellerId,
        member_id: null,
        approval: "auto",
        product: {
          title: product.title,
          handle: `${handle}-${product.title.toLowerCase().replace(/[^a-z0-9]+/g, "-")}`,
          description: `${product.title} by a demo seller.`,
          options: [
            {
              title: product.option,
              values: product.variants.map(([value]) => value),
            },
          ],
          variants: product.variants.map(([value, amount]) => ({
            title: `${product.title} ${value}`,
            options: { [product.option]: value },
            manage_inventory: true,
            prices: [{ currency_code: "eur", amount }],
          })),
        },
      },
    })
    for (const variant of result.variants ?? []) {
      await setVariantStockWorkflow(container).run({
        input: {
          seller_id: sellerId,
          product_id: result.id,
          variant_id: variant.id,
          location_id: location.id,
          stocked_quantity: DEMO_STOCK,
        },
      })
    }
  }
}

/**
 * Something for the after-sales and review screens: a returned (and refunded) order of the
 * first demo seller, a pending product edit of the second, and published reviews of the
 * third and its first product (its store page shows a rating). Each part is skipped once done.
 */
async function seedActivity(container: ExecArgs["container"]) {
  const sellerService = container.resolve<SellerModuleService>(SELLER_MODULE)
  const [returns, edits, reviewed] = await Promise.all(
    ["nordic-knits", "atelier-lumiere", "casa-ceramica"].map(
      async (handle) =>
        (await sellerService.listSellers({ handle }, { select: ["id"] }))[0]
    )
  )
  if (returns) {
    await seedReturnedOrder(container, returns.id)
  }
  if (edits) {
    await seedPendingProductUpdate(container, edits.id)
  }
  if (reviewed) {
    await seedReviews(container, reviewed.id)
  }
}

/** Scripts read these lines; keep their exact form. */
function printCredentials(
  publishableKey: string,
  credentials: SeedCredentials
) {
  console.log(`Publishable key: ${publishableKey}`)
  console.log(`Admin: ${credentials.adminEmail} / ${credentials.adminPassword}`)
  for (const seller of DEMO_SELLERS) {
    const label = seller.open ? "Seller" : "Pending seller"
    console.log(`${label}: ${seller.email} / ${credentials.sellerPassword}`)
  }
}
