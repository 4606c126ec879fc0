import { z } from "@medusajs/framework/zod"

/** `cart_id`: how the guest who completed the cart proves the group is theirs. */
export const StoreGetOrderGroupParams = z
  .object({ cart_id: z.string().trim().min(1).max(100).optional() })
  .strict()
export type StoreGetOrderGroupParamsType = z.infer<
  typeof StoreGetOrderGroupParams
>
