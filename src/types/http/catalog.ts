import { ProductStatus } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { deleteResponse, JsonObject, listResponse, Timestamp } from "./common"
import { AdminSellerRequest } from "./requests"
import { SellerSummary } from "./sellers"

const Price = z.looseObject({
  id: z.string(),
  currency_code: z.string(),
  amount: z.number(),
})

const ProductOptionValue = z.looseObject({ id: z.string(), value: z.string() })

const ProductVariant = z.looseObject({
  id: z.string(),
  title: z.string(),
  sku: z.string().nullable(),
  options: z.array(ProductOptionValue),
  prices: z.array(Price),
})

/** A product as its seller sees it, with images, options and variants (Medusa's product shape). */
export const VendorProduct = z
  .object({
    id: z.string(),
    title: z.string(),
    subtitle: z.string().nullable(),
    description: z.string().nullable(),
    handle: z.string(),
    status: z.enum(ProductStatus),
    thumbnail: z.string().nullable(),
    discountable: z.boolean(),
    weight: z.number().nullable(),
    length: z.number().nullable(),
    height: z.number().nullable(),
    width: z.number().nullable(),
    hs_code: z.string().nullable(),
    origin_country: z.string().nullable(),
    mid_code: z.string().nullable(),
    material: z.string().nullable(),
    metadata: JsonObject.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
    type_id: z.string().nullable(),
    collection_id: z.string().nullable(),
    type: z.object({ id: z.string(), value: z.string() }).nullish(),
    collection: z
      .object({ id: z.string(), title: z.string(), handle: z.string() })
      .nullish(),
    categories: z.array(
      z.object({ id: z.string(), name: z.string(), handle: z.string() })
    ),
    tags: z.array(z.object({ id: z.string(), value: z.string() })),
    images: z.array(z.looseObject({ id: z.string(), url: z.string() })),
    options: z.array(
      z.looseObject({
        id: z.string(),
        title: z.string(),
        values: z.array(ProductOptionValue),
      })
    ),
    variants: z.array(ProductVariant),
  })
  .meta({ id: "VendorProduct" })
export type VendorProduct = z.infer<typeof VendorProduct>

/** What a publication request did: published at once (auto approval) or waits for an admin. */
export const ProductPublication = z
  .object({
    outcome: z.enum(["published", "requested"]),
    request_id: z.string().nullable(),
  })
  .meta({ id: "ProductPublication" })
export type ProductPublication = z.infer<typeof ProductPublication>

/** Changes to a published product held for an admin: the `product_update` request and the fields it holds. */
export const ProductReview = z
  .object({ request_id: z.string(), fields: z.array(z.string()) })
  .meta({ id: "ProductReview" })
export type ProductReview = z.infer<typeof ProductReview>

export const VendorInventoryLevel = z
  .object({
    id: z.string(),
    inventory_item_id: z.string(),
    location_id: z.string(),
    stocked_quantity: z.number(),
    reserved_quantity: z.number(),
    available_quantity: z.number(),
    incoming_quantity: z.number(),
  })
  .meta({ id: "VendorInventoryLevel" })
export type VendorInventoryLevel = z.infer<typeof VendorInventoryLevel>

export const VendorStockLocation = z
  .object({
    id: z.string(),
    name: z.string(),
    metadata: JsonObject.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
    address: z
      .looseObject({
        address_1: z.string(),
        address_2: z.string().nullable(),
        city: z.string().nullable(),
        country_code: z.string(),
        postal_code: z.string().nullable(),
        province: z.string().nullable(),
      })
      .nullish()
      .meta({ description: "Absent when the location has no address" }),
    fulfillment_sets: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        type: z.string(),
        service_zones: z.array(
          z.object({
            id: z.string(),
            name: z.string(),
            geo_zones: z.array(z.object({ country_code: z.string() })),
          })
        ),
      })
    ),
  })
  .meta({ id: "VendorStockLocation" })
export type VendorStockLocation = z.infer<typeof VendorStockLocation>

export const VendorShippingOption = z
  .object({
    id: z.string(),
    name: z.string(),
    price_type: z.string(),
    service_zone_id: z.string(),
    shipping_profile_id: z.string(),
    provider_id: z.string().nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
    type: z.looseObject({
      id: z.string(),
      label: z.string(),
      description: z.string().nullable(),
      code: z.string(),
    }),
    prices: z.array(Price),
    rules: z.array(
      z.looseObject({
        id: z.string(),
        attribute: z.string(),
        operator: z.string(),
        value: z.unknown(),
      })
    ),
    service_zone: z.object({
      fulfillment_set: z.object({
        location: z.object({ id: z.string(), name: z.string() }),
      }),
    }),
  })
  .meta({ id: "VendorShippingOption" })
export type VendorShippingOption = z.infer<typeof VendorShippingOption>

export const VendorProductResponse = z.object({ product: VendorProduct })
export type VendorProductResponse = z.infer<typeof VendorProductResponse>

export const VendorUpdateProductResponse = z.object({
  product: VendorProduct,
  publication: ProductPublication.nullable(),
  review: ProductReview.nullable(),
})
export type VendorUpdateProductResponse = z.infer<
  typeof VendorUpdateProductResponse
>

export const VendorProductListResponse = listResponse("products", VendorProduct)
export type VendorProductListResponse = z.infer<
  typeof VendorProductListResponse
>

export const VendorProductDeleteResponse = deleteResponse("product")
export type VendorProductDeleteResponse = z.infer<
  typeof VendorProductDeleteResponse
>

export const VendorCreateProductVariantResponse = z.object({
  product: VendorProduct,
  variant_id: z.string(),
})
export type VendorCreateProductVariantResponse = z.infer<
  typeof VendorCreateProductVariantResponse
>

export const VendorProductVariantDeleteResponse = deleteResponse(
  "variant"
).extend({ parent: VendorProduct })
export type VendorProductVariantDeleteResponse = z.infer<
  typeof VendorProductVariantDeleteResponse
>

export const VendorProductOptionDeleteResponse = deleteResponse(
  "product_option"
).extend({ parent: VendorProduct })
export type VendorProductOptionDeleteResponse = z.infer<
  typeof VendorProductOptionDeleteResponse
>

export const VendorInventoryLevelListResponse = z.object({
  inventory_levels: z.array(VendorInventoryLevel),
})
export type VendorInventoryLevelListResponse = z.infer<
  typeof VendorInventoryLevelListResponse
>

export const VendorStockLocationResponse = z.object({
  stock_location: VendorStockLocation,
})
export type VendorStockLocationResponse = z.infer<
  typeof VendorStockLocationResponse
>

export const VendorStockLocationDeleteResponse =
  deleteResponse("stock_location")
export type VendorStockLocationDeleteResponse = z.infer<
  typeof VendorStockLocationDeleteResponse
>

export const VendorStockLocationListResponse = listResponse(
  "stock_locations",
  VendorStockLocation
)
export type VendorStockLocationListResponse = z.infer<
  typeof VendorStockLocationListResponse
>

export const VendorShippingOptionResponse = z.object({
  shipping_option: VendorShippingOption,
})
export type VendorShippingOptionResponse = z.infer<
  typeof VendorShippingOptionResponse
>

export const VendorShippingOptionListResponse = listResponse(
  "shipping_options",
  VendorShippingOption
)
export type VendorShippingOptionListResponse = z.infer<
  typeof VendorShippingOptionListResponse
>

/** A seller's product in the admin's seller page (Medusa's product page has the rest). */
export const AdminSellerProduct = z
  .object({
    id: z.string(),
    title: z.string(),
    handle: z.string(),
    status: z.enum(ProductStatus),
    thumbnail: z.string().nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "AdminSellerProduct" })
export type AdminSellerProduct = z.infer<typeof AdminSellerProduct>

export const AdminSellerProductListResponse = listResponse(
  "products",
  AdminSellerProduct
)
export type AdminSellerProductListResponse = z.infer<
  typeof AdminSellerProductListResponse
>

/** `GET /admin/products/:id/marketplace`: the product's seller and its publication requests, newest first. */
export const AdminProductMarketplaceResponse = z.object({
  seller: SellerSummary.nullable(),
  publication_requests: z.array(
    AdminSellerRequest.pick({
      id: true,
      status: true,
      payload: true,
      reviewer_note: true,
      reviewed_at: true,
      created_at: true,
    })
  ),
})
export type AdminProductMarketplaceResponse = z.infer<
  typeof AdminProductMarketplaceResponse
>
export const VendorShippingOptionDeleteResponse =
  deleteResponse("shipping_option")
export type VendorShippingOptionDeleteResponse = z.infer<
  typeof VendorShippingOptionDeleteResponse
>

/** A category a seller can file products under (active and public; marketplace-wide). */
export const VendorProductCategory = z
  .object({
    id: z.string(),
    name: z.string(),
    handle: z.string(),
    parent_category_id: z.string().nullable(),
  })
  .meta({ id: "VendorProductCategory" })
export type VendorProductCategory = z.infer<typeof VendorProductCategory>

/** A product type or tag of the marketplace: `{ id, value }`. */
const ReferenceValue = z.object({ id: z.string(), value: z.string() })

export const VendorProductType = ReferenceValue.meta({
  id: "VendorProductType",
})
export type VendorProductType = z.infer<typeof VendorProductType>

export const VendorProductTag = ReferenceValue.meta({ id: "VendorProductTag" })
export type VendorProductTag = z.infer<typeof VendorProductTag>

export const VendorProductCategoryListResponse = listResponse(
  "product_categories",
  VendorProductCategory
)
export type VendorProductCategoryListResponse = z.infer<
  typeof VendorProductCategoryListResponse
>

export const VendorProductTypeListResponse = listResponse(
  "product_types",
  VendorProductType
)
export type VendorProductTypeListResponse = z.infer<
  typeof VendorProductTypeListResponse
>

export const VendorProductTagListResponse = listResponse(
  "product_tags",
  VendorProductTag
)
export type VendorProductTagListResponse = z.infer<
  typeof VendorProductTagListResponse
>
