import { ProductStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { booleanString } from "@medusajs/medusa/api/utils/common-validators/common"
import {
  createFindParams,
  createSelectParams,
} from "@medusajs/medusa/api/utils/validators"
import {
  CreateProductVariant,
  UpdateProductVariant,
} from "@medusajs/medusa/api/admin/products/validators"
import { dateRangeFilter } from "../../utils/date-range-filter"

/**
 * Vendor product bodies: Medusa's admin shapes without what belongs to the marketplace
 * (seller, sales channels, shipping profile, inventory item links) and without ids that
 * could reach another product's records (prices are replaced, not upserted by id).
 * Categories, type, collection and tags are the marketplace's existing ones, by id.
 * Unknown keys — `seller_id` among them — are a 400.
 */
const VendorPrice = z
  .object({
    currency_code: z.string().min(3).max(3),
    amount: z.number().nonnegative(),
    min_quantity: z.number().nullish(),
    max_quantity: z.number().nullish(),
  })
  .strict()

const VendorCreateVariant = CreateProductVariant.omit({ inventory_items: true })
  .extend({ prices: z.array(VendorPrice).min(1) })
  .strict()

const VendorUpdateVariant = UpdateProductVariant.extend({
  prices: z.array(VendorPrice).optional(),
}).strict()

/** A new option of the product with its values (also the body of `POST /vendor/products/:id/options`). */
export const VendorCreateProductOption = z
  .object({
    title: z.string().min(1),
    values: z.array(z.string().min(1)).min(1),
  })
  .strict()
export type VendorCreateProductOptionType = z.infer<
  typeof VendorCreateProductOption
>

const ImageUrl = z.string().url()

const IdReference = z.object({ id: z.string().min(1) }).strict()

const productFields = {
  subtitle: z.string().nullish(),
  description: z.string().nullish(),
  handle: z.string().optional(),
  thumbnail: ImageUrl.nullish(),
  discountable: booleanString().optional(),
  weight: z.number().nullish(),
  length: z.number().nullish(),
  height: z.number().nullish(),
  width: z.number().nullish(),
  hs_code: z.string().nullish(),
  mid_code: z.string().nullish(),
  origin_country: z.string().nullish(),
  material: z.string().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  type_id: z.string().min(1).nullish(),
  collection_id: z.string().min(1).nullish(),
  categories: z.array(IdReference).optional(),
  tags: z.array(IdReference).optional(),
}

export const VendorCreateProduct = z
  .object({
    title: z.string().min(1),
    ...productFields,
    images: z.array(z.object({ url: ImageUrl }).strict()).optional(),
    options: z.array(VendorCreateProductOption).min(1),
    variants: z.array(VendorCreateVariant).min(1),
  })
  .strict()
export type VendorCreateProductType = z.infer<typeof VendorCreateProduct>

export const VendorUpdateProduct = z
  .object({
    title: z.string().min(1).optional(),
    ...productFields,
    /** `draft` unpublishes; `published` asks for publication (see docs/catalog.md). */
    status: z.enum([ProductStatus.DRAFT, ProductStatus.PUBLISHED]).optional(),
    images: z
      .array(z.object({ id: z.string().optional(), url: ImageUrl }).strict())
      .optional(),
    variants: z.array(VendorUpdateVariant).optional(),
    /** The product's own options, renamed or with a new set of values. */
    options: z
      .array(
        z
          .object({
            id: z.string().min(1),
            title: z.string().min(1).optional(),
            values: z.array(z.string().min(1)).min(1).optional(),
          })
          .strict()
      )
      .optional(),
  })
  .strict()
export type VendorUpdateProductType = z.infer<typeof VendorUpdateProduct>

export const VendorGetProductParams = createSelectParams()

export const VendorGetProductsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-created_at",
}).extend({
  q: z.string().optional(),
  status: z
    .union([z.enum(ProductStatus), z.array(z.enum(ProductStatus))])
    .optional(),
  created_at: dateRangeFilter().optional(),
  updated_at: dateRangeFilter().optional(),
})

const VariantInventoryLevels = z
  .array(
    z
      .object({
        location_id: z.string().min(1),
        stocked_quantity: z.number().int().nonnegative(),
      })
      .strict()
  )
  .min(1)

/** A variant with its prices per currency and its stock at the seller's own locations. */
export const VendorCreateProductVariant = VendorCreateVariant.extend({
  inventory_levels: VariantInventoryLevels.optional(),
}).strict()
export type VendorCreateProductVariantType = z.infer<
  typeof VendorCreateProductVariant
>

/** Prices are replaced; stock levels are set per location (others stay as they are). */
export const VendorUpdateProductVariant = UpdateProductVariant.omit({
  id: true,
})
  .extend({
    prices: z.array(VendorPrice).min(1).optional(),
    inventory_levels: VariantInventoryLevels.optional(),
  })
  .strict()
export type VendorUpdateProductVariantType = z.infer<
  typeof VendorUpdateProductVariant
>

export const VendorUpsertInventoryLevel = z
  .object({
    location_id: z.string().min(1),
    stocked_quantity: z.number().int().nonnegative(),
  })
  .strict()
export type VendorUpsertInventoryLevelType = z.infer<
  typeof VendorUpsertInventoryLevel
>
