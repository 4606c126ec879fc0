import { z } from "@medusajs/framework/zod"

/** A shipping option of `GET /store/shipping-options?cart_id=`: Medusa's fields plus its seller. */
export const StoreCartShippingOption = z
  .object({
    id: z.string(),
    name: z.string(),
    seller_id: z.string(),
    insufficient_inventory: z.boolean().optional(),
  })
  .catchall(z.unknown())
  .meta({ id: "StoreCartShippingOption" })
export type StoreCartShippingOption = z.infer<typeof StoreCartShippingOption>

/** A seller with items in the cart and the options it offers for the cart's address. */
export const StoreCartShippingSeller = z
  .object({
    id: z.string(),
    name: z.string(),
    shipping_option_ids: z.array(z.string()).meta({
      description:
        "Empty when the seller ships nowhere the cart's address is: the cart cannot be completed until its items are removed or the address changes.",
    }),
  })
  .meta({ id: "StoreCartShippingSeller" })
export type StoreCartShippingSeller = z.infer<typeof StoreCartShippingSeller>

export const StoreCartShippingOptionsResponse = z.object({
  shipping_options: z.array(StoreCartShippingOption),
  sellers: z.array(StoreCartShippingSeller),
})
export type StoreCartShippingOptionsResponse = z.infer<
  typeof StoreCartShippingOptionsResponse
>
