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
