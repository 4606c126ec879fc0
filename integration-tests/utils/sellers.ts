import type {
  MedusaContainer,
  NotificationDTO,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createApiKeysWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import type { VendorCreateSellerResponse } from "../../src/types/http"

export type Headers = { headers: Record<string, string> }

export type SellerAccount = {
  seller: { id: string; handle: string; status: string; [key: string]: unknown }
  email: string
  password: string
  /** Bearer headers of the owner member (token issued after registration). */
  owner: Headers
}

export const bearer = (token: string): Headers => ({
  headers: { authorization: `Bearer ${token}` },
})

/** `POST /auth/seller/emailpass/register` → a registration token (no actor yet). */
export async function registerIdentity(
  api: AxiosInstance,
  email: string,
  password = "seller-password"
): Promise<Headers> {
  const { data } = await api.post("/auth/seller/emailpass/register", {
    email,
    password,
  })
  return bearer(data.token)
}

export async function loginSeller(
  api: AxiosInstance,
  email: string,
  password = "seller-password"
): Promise<Headers> {
  const { data } = await api.post("/auth/seller/emailpass", { email, password })
  return bearer(data.token)
}

/** The whole onboarding path of one seller through the public routes. */
export async function registerSeller(
  api: AxiosInstance,
  name: string,
  overrides: Record<string, unknown> = {}
): Promise<SellerAccount> {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, "-")
  const email = `owner@${slug}.test`
  const password = "seller-password"
  const registration = await registerIdentity(api, email, password)
  const { data } = await api.post<VendorCreateSellerResponse>(
    "/vendor/sellers",
    {
      name,
      email: `contact@${slug}.test`,
      member: { name: `${name} Owner` },
      ...overrides,
    },
    registration
  )
  return {
    seller: data.seller,
    email,
    password,
    owner: await loginSeller(api, email, password),
  }
}

/** A publishable key for /store routes. */
export async function createPublishableKey(
  container: MedusaContainer
): Promise<Headers> {
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: {
      api_keys: [
        { title: "test storefront", type: "publishable", created_by: "test" },
      ],
    },
  })
  return { headers: { "x-publishable-api-key": key.token } }
}

/** NotificationDTO does not declare the stored idempotency key; the tests assert on it. */
export type StoredNotification = NotificationDTO & {
  idempotency_key?: string | null
}

export async function listNotifications(
  container: MedusaContainer,
  filters: Record<string, unknown>
): Promise<StoredNotification[]> {
  return container
    .resolve(Modules.NOTIFICATION)
    .listNotifications(filters, { order: { created_at: "ASC" } })
}
