import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"

export const ADMIN_CREDENTIALS = {
  email: "admin@test.local",
  password: "admin-password",
}

/** Registers an admin user and logs in through Medusa's own auth route. */
export async function createAdminSession(
  container: MedusaContainer,
  api: AxiosInstance,
  credentials = ADMIN_CREDENTIALS
): Promise<{ headers: { authorization: string } }> {
  const { authIdentity, error } = await container
    .resolve(Modules.AUTH)
    .register("emailpass", { body: credentials })
  if (!authIdentity) {
    throw new Error(`admin registration failed: ${error}`)
  }
  await createUserAccountWorkflow(container).run({
    input: {
      authIdentityId: authIdentity.id,
      userData: { email: credentials.email },
    },
  })
  const { data } = await api.post("/auth/user/emailpass", credentials)
  return { headers: { authorization: `Bearer ${data.token}` } }
}
