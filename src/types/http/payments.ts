import { z } from "zod"

/**
 * What the payment webhook answers once the event was applied: the order group a cart
 * payment completed (and captured, for `succeeded`), `not_completed` when the cart cannot
 * complete yet, `ignored` for events that change nothing, `medusa` for payments of other
 * collections (Medusa's own processing).
 */
export const PaymentWebhookResponse = z.object({
  received: z.literal(true),
  result: z.enum(["ignored", "order_group", "not_completed", "medusa"]),
  order_group_id: z.string().optional(),
})
export type PaymentWebhookResponse = z.infer<typeof PaymentWebhookResponse>
