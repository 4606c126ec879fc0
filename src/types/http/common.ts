import { z } from "@medusajs/framework/zod"

/** An ISO 8601 date-time, as JSON carries a Date. */
export const Timestamp = z.string().meta({ format: "date-time" })

/** A free-form JSON object (`metadata`, `payload`, `data`). */
export const JsonObject = z.record(z.string(), z.unknown())

/** Medusa's error body: every 4xx and 5xx of these routes. */
export const ErrorResponse = z
  .object({
    type: z.string().meta({
      description:
        "`invalid_data`, `not_allowed`, `unauthorized`, `forbidden`, `not_found`, `conflict`, `service_unavailable`…",
    }),
    message: z.string(),
    code: z.string().optional(),
  })
  .meta({ id: "ErrorResponse" })
export type ErrorResponse = z.infer<typeof ErrorResponse>

/** `{ <plural>: [...], count, limit, offset }`, Medusa's list envelope. */
export function listResponse<Key extends string, Item extends z.ZodType>(
  key: Key,
  item: Item
) {
  return z.object({
    ...({ [key]: z.array(item) } as { [K in Key]: z.ZodArray<Item> }),
    count: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  })
}

/** `{ id, object, deleted: true }`, Medusa's delete answer. */
export function deleteResponse<Object extends string>(object: Object) {
  return z.object({
    id: z.string(),
    object: z.literal(object),
    deleted: z.literal(true),
  })
}
