import Medusa from "@medusajs/js-sdk"

/**
 * The dashboard's session (cookie) auth, against the backend the dashboard itself talks
 * to: "/" resolves to the page's own origin, so the admin works at any address.
 */
export const sdk = new Medusa({
  baseUrl: __BACKEND_URL__ || "/",
  auth: { type: "session" },
})
