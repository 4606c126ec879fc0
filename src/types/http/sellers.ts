import { z } from "@medusajs/framework/zod"
import { ReviewRating } from "./reviews"
import { MEMBER_ROLES, SELLER_STATUSES } from "../../modules/seller"
import { deleteResponse, JsonObject, listResponse, Timestamp } from "./common"

/** A seller as its own members and the admins see it. */
export const Seller = z
  .object({
    id: z.string(),
    name: z.string(),
    handle: z.string(),
    email: z.string(),
    description: z.string().nullable(),
    logo_url: z.string().nullable(),
    logo_file_id: z.string().nullable(),
    phone: z.string().nullable(),
    address_line_1: z.string().nullable(),
    address_line_2: z.string().nullable(),
    city: z.string().nullable(),
    postal_code: z.string().nullable(),
    province: z.string().nullable(),
    country_code: z.string().nullable(),
    tax_id: z.string().nullable(),
    status: z.enum(SELLER_STATUSES),
    status_reason: z.string().nullable(),
    approved_at: Timestamp.nullable(),
    metadata: JsonObject.nullable(),
    created_at: Timestamp,
    updated_at: Timestamp,
  })
  .meta({ id: "Seller" })
export type Seller = z.infer<typeof Seller>

/** The calling member, as `GET /vendor/sellers/me` shows it. */
export const SellerMember = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string().nullable(),
    role: z.enum(MEMBER_ROLES),
  })
  .meta({ id: "SellerMember" })
export type SellerMember = z.infer<typeof SellerMember>

export const Member = SellerMember.extend({
  created_at: Timestamp,
  updated_at: Timestamp,
}).meta({ id: "Member" })
export type Member = z.infer<typeof Member>

/** An invite as the inviting seller sees it: never the token. */
export const Invite = z
  .object({
    id: z.string(),
    email: z.string(),
    role: z.enum(MEMBER_ROLES),
    expires_at: Timestamp,
    accepted_at: Timestamp.nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "Invite" })
export type Invite = z.infer<typeof Invite>

/** The public face of an open seller (no email, phone, tax id or status). */
export const StoreSeller = z
  .object({
    id: z.string(),
    name: z.string(),
    handle: z.string(),
    description: z.string().nullable(),
    logo_url: z.string().nullable(),
    city: z.string().nullable(),
    country_code: z.string().nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "StoreSeller" })
export type StoreSeller = z.infer<typeof StoreSeller>

export const StoreSellerProduct = z
  .object({
    id: z.string(),
    title: z.string(),
    subtitle: z.string().nullable(),
    handle: z.string(),
    thumbnail: z.string().nullable(),
    created_at: Timestamp,
  })
  .meta({ id: "StoreSellerProduct" })

export const VendorSellerResponse = z.object({
  seller: Seller.extend({ member: SellerMember }),
})
export type VendorSellerResponse = z.infer<typeof VendorSellerResponse>

/** Registration answers the new seller (no member yet in the answer). */
export const VendorCreateSellerResponse = z.object({ seller: Seller })
export type VendorCreateSellerResponse = z.infer<
  typeof VendorCreateSellerResponse
>

export const VendorMemberListResponse = listResponse("members", Member)
export type VendorMemberListResponse = z.infer<typeof VendorMemberListResponse>

export const VendorMemberResponse = z.object({ member: Member })
export type VendorMemberResponse = z.infer<typeof VendorMemberResponse>

export const VendorMemberDeleteResponse = deleteResponse("member")
export type VendorMemberDeleteResponse = z.infer<
  typeof VendorMemberDeleteResponse
>

export const VendorInviteResponse = z.object({ invite: Invite })
export type VendorInviteResponse = z.infer<typeof VendorInviteResponse>

/** Pending invites; `fields` may narrow each to fewer of its fields (`id` always stays). */
export const VendorInviteListResponse = listResponse(
  "invites",
  Invite.extend({ updated_at: Timestamp }).partial().required({ id: true })
)
export type VendorInviteListResponse = z.infer<typeof VendorInviteListResponse>

export const VendorInviteDeleteResponse = deleteResponse("invite")
export type VendorInviteDeleteResponse = z.infer<
  typeof VendorInviteDeleteResponse
>

export const VendorAcceptInviteResponse = z.object({ member: SellerMember })
export type VendorAcceptInviteResponse = z.infer<
  typeof VendorAcceptInviteResponse
>

export const AdminSeller = Seller.extend({
  members: z.array(SellerMember),
}).meta({ id: "AdminSeller" })
export type AdminSeller = z.infer<typeof AdminSeller>

export const AdminSellerResponse = z.object({ seller: AdminSeller })
export type AdminSellerResponse = z.infer<typeof AdminSellerResponse>

export const AdminSellerListResponse = listResponse("sellers", Seller)
export type AdminSellerListResponse = z.infer<typeof AdminSellerListResponse>

export const AdminSellerMemberListResponse = listResponse("members", Member)
export type AdminSellerMemberListResponse = z.infer<
  typeof AdminSellerMemberListResponse
>

export const AdminSellerInviteResponse = z.object({ invite: Invite })
export type AdminSellerInviteResponse = z.infer<
  typeof AdminSellerInviteResponse
>

export const StoreSellerListResponse = listResponse("sellers", StoreSeller)
export type StoreSellerListResponse = z.infer<typeof StoreSellerListResponse>

export const StoreSellerResponse = z.object({
  seller: StoreSeller.extend({
    products: z.array(StoreSellerProduct),
    rating: ReviewRating,
  }),
})
export type StoreSellerResponse = z.infer<typeof StoreSellerResponse>

/** `POST /admin/sellers`: the open seller and the owner's invite (the token goes by email only). */
export const AdminCreateSellerResponse = z.object({
  seller: AdminSeller,
  invite: Invite.pick({ id: true, email: true, role: true, expires_at: true }),
})
export type AdminCreateSellerResponse = z.infer<
  typeof AdminCreateSellerResponse
>

export const AdminSellerInviteListResponse = listResponse("invites", Invite)
export type AdminSellerInviteListResponse = z.infer<
  typeof AdminSellerInviteListResponse
>

/** A seller and its state, as the marketplace widgets on Medusa's pages show it. */
export const SellerSummary = Seller.pick({
  id: true,
  name: true,
  handle: true,
  status: true,
}).meta({
  id: "SellerSummary",
})
export type SellerSummary = z.infer<typeof SellerSummary>
