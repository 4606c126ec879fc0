import { createFindParams } from "@medusajs/medusa/api/utils/validators"

export const StoreGetCustomerOrderGroupsParams = createFindParams({
  limit: 10,
  offset: 0,
  order: "-created_at",
})
