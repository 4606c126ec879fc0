import { Auth, Client, type Config } from "@medusajs/js-sdk"

/**
 * Medusa's JS SDK for the `seller` actor: the panel is served by the backend it calls, so
 * "/" is the page's own origin. The token lives in localStorage (JWT auth, as a storefront).
 * Only the client and the auth methods: the SDK's admin and store classes (most of its
 * size) stay out of the bundle.
 */
const config: Config = {
  baseUrl: "/",
  auth: { type: "jwt", jwtTokenStorageKey: "medusa_seller_token" },
}
const client = new Client(config)

export const sdk = { client, auth: new Auth(client, config) }
