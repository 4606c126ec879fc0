import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { SELLER_MODULE, SellerModuleService } from "../../src/modules/seller"
import { Headers, loginSeller, registerIdentity } from "./sellers"

/**
 * Gives a seller created by a fixture (through the seller module) an owner who can log
 * in: an emailpass identity whose app metadata points at a new owner member, exactly
 * what registration produces. Returns the owner's bearer headers.
 */
export async function ownerLogin(
  api: AxiosInstance,
  container: MedusaContainer,
  sellerId: string,
  email: string
): Promise<Headers> {
  await registerIdentity(api, email)
  const sellers = container.resolve<SellerModuleService>(SELLER_MODULE)
  const member = await sellers.createMembers({
    seller_id: sellerId,
    email,
    role: "owner",
  })
  const auth = container.resolve(Modules.AUTH)
  const [identity] = await auth.listAuthIdentities({
    provider_identities: { entity_id: email },
  })
  await auth.updateAuthIdentities({
    id: identity.id,
    app_metadata: { seller_id: member.id },
  })
  return loginSeller(api, email)
}
