import Medusa from "@medusajs/js-sdk"

/**
 * Medusa's JS SDK for the `seller` actor: the panel is served by the backend it calls, so
 * "/" is the page's own origin. The token lives in localStorage (JWT auth, as a storefront).
 */
export const sdk = new Medusa({
  baseUrl: "/",
  auth: { type: "jwt", jwtTokenStorageKey: "medusa_seller_token" },
})
