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

export const STOREFRONT_KEY_TITLE = "Marketplace storefront"
const COUNTRIES = ["de", "fr", "it", "es", "nl", "be", "at", "se", "dk"]
const DEMO_ADMIN = {
  email: process.env.SEED_ADMIN_EMAIL ?? "admin@marketplace.test",
  password: process.env.SEED_ADMIN_PASSWORD ?? "marketplace-admin",
}

/**
 * Seeds the demo marketplace once. On a seeded database it changes nothing and
 * prints the same credential lines, so `npm run dev` always ends with them.
 */
export default async function seedMarketplace({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const apiKeyService = container.resolve(Modules.API_KEY)

  const [existingKey] = await apiKeyService.listApiKeys({
    title: STOREFRONT_KEY_TITLE,
    type: "publishable",
  })
  if (existingKey) {
    logger.info("Marketplace already seeded; nothing to do.")
    printCredentials(existingKey.token)
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

  await createRegionsWorkflow(container).run({
    input: {
      regions: [
        {
          name: "Europe",
          currency_code: "eur",
          countries: COUNTRIES,
          payment_providers: ["pp_system_default"],
        },
      ],
    },
  })
  await createTaxRegionsWorkflow(container).run({
    input: COUNTRIES.map((country_code) => ({ country_code, provider_id: "tp_system" })),
  })

  const {
    result: [publishableKey],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [{ title: STOREFRONT_KEY_TITLE, type: "publishable", created_by: "" }],
    },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({
    input: { id: publishableKey.id, add: [salesChannel.id] },
  })

  await createAdmin(container)

  logger.info("Marketplace seeded.")
  printCredentials(publishableKey.token)
}

async function createAdmin(container: ExecArgs["container"]) {
  const authService = container.resolve(Modules.AUTH)
  const { authIdentity, error } = await authService.register("emailpass", {
    body: DEMO_ADMIN,
  })
  if (error || !authIdentity) {
    throw new Error(`Could not register the demo admin: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: { authIdentityId: authIdentity.id, userData: { email: DEMO_ADMIN.email } },
  })
}

/** Scripts read these lines; keep their exact form. */
function printCredentials(publishableKey: string) {
  console.log(`Publishable key: ${publishableKey}`)
  console.log(`Admin: ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}`)
}
