import { z } from "@medusajs/framework/zod"

export const AdminGetMarketplaceOverviewParams = z
  .object({
    /** Length of the daily sales series, ending today (UTC). */
    days: z.coerce.number().int().min(1).max(90).default(30),
  })
  .strict()
export type AdminGetMarketplaceOverviewParamsType = z.infer<
  typeof AdminGetMarketplaceOverviewParams
>
