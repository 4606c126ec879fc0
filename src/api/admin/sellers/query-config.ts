import { vendorSellerFields } from "../../vendor/sellers/query-config"

export const adminSellerFields = [...vendorSellerFields, "members.id", "members.email", "members.name", "members.role"]

export const listTransformQueryConfig = {
  defaults: vendorSellerFields,
  defaultLimit: 20,
  isList: true,
}

export const retrieveTransformQueryConfig = {
  defaults: adminSellerFields,
  isList: false,
}

export const adminSellerMemberFields = ["id", "email", "name", "role", "created_at", "updated_at"]

export const membersTransformQueryConfig = {
  defaults: adminSellerMemberFields,
  allowed: adminSellerMemberFields,
  defaultLimit: 20,
  isList: true,
}
