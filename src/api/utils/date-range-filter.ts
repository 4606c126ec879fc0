import { z } from "@medusajs/framework/zod"

/**
 * A date column's range filter in a list query (`created_at[$gte]=…&created_at[$lte]=…`):
 * each bound must parse as a date, so a bad one is a 400 instead of reaching the database.
 */
export const dateRangeFilter = () =>
  z
    .object({
      $gte: z.coerce.date(),
      $lte: z.coerce.date(),
      $gt: z.coerce.date(),
      $lt: z.coerce.date(),
    })
    .partial()
    .strict()
