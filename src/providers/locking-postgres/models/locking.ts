import { model } from "@medusajs/framework/utils"

/** The lock table of Medusa's PostgreSQL locking provider, unchanged (same name and columns). */
const Locking = model.define("Locking", {
  id: model.id({ prefix: "lk" }).primaryKey(),
  owner_id: model.text().nullable(),
  expiration: model.dateTime().nullable(),
})

export default Locking
