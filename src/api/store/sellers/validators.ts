import { z } from "@medusajs/framework/zod"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"

export const StoreGetSellerParams = createSelectParams()

export const StoreGetSellersParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "name",
}).extend({ q: z.string().optional() })
