import { z } from "@medusajs/framework/zod"
import { MEMBER_ROLES, SELLER_STATUSES } from "../../modules/seller"
import { JsonObject, listResponse, Timestamp } from "./common"

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
  .object({ id: z.string(), email: z.string(), name: z.string().nullable(), role: z.enum(MEMBER_ROLES) })
  .meta({ id: "SellerMember" })
export type SellerMember = z.infer<typeof SellerMember>

export const Member = SellerMember.extend({ created_at: Timestamp, updated_at: Timestamp }).meta({ id: "Member" })
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

export const VendorSellerResponse = z.object({ seller: Seller.extend({ member: SellerMember }) })
export type VendorSellerResponse = z.infer<typeof VendorSellerResponse>

/** Registration answers the new seller (no member yet in the answer). */
export const VendorCreateSellerResponse = z.object({ seller: Seller })
export type VendorCreateSellerResponse = z.infer<typeof VendorCreateSellerResponse>

export const VendorMemberListResponse = listResponse("members", Member)
export type VendorMemberListResponse = z.infer<typeof VendorMemberListResponse>

export const VendorInviteResponse = z.object({ invite: Invite })
export type VendorInviteResponse = z.infer<typeof VendorInviteResponse>

export const VendorAcceptInviteResponse = z.object({ member: SellerMember })
export type VendorAcceptInviteResponse = z.infer<typeof VendorAcceptInviteResponse>

export const AdminSeller = Seller.extend({ members: z.array(SellerMember) }).meta({ id: "AdminSeller" })
export type AdminSeller = z.infer<typeof AdminSeller>

export const AdminSellerResponse = z.object({ seller: AdminSeller })
export type AdminSellerResponse = z.infer<typeof AdminSellerResponse>

export const AdminSellerListResponse = listResponse("sellers", Seller)
export type AdminSellerListResponse = z.infer<typeof AdminSellerListResponse>

export const StoreSellerListResponse = listResponse("sellers", StoreSeller)
export type StoreSellerListResponse = z.infer<typeof StoreSellerListResponse>

export const StoreSellerResponse = z.object({
  seller: StoreSeller.extend({ products: z.array(StoreSellerProduct) }),
})
export type StoreSellerResponse = z.infer<typeof StoreSellerResponse>
