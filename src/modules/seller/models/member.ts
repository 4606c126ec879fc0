import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../constants"
import { Seller } from "./seller"

/** A person acting for a seller; the auth identity's `app_metadata.seller_id` holds this id. */
export const Member = model.define("member", {
  id: model.id({ prefix: "mem" }).primaryKey(),
  email: model.text().unique().searchable(),
  name: model.text().nullable(),
  role: model.enum([...MEMBER_ROLES]).default("member"),
  /** The member's read marker on the seller's feed: entries created later are unread. */
  notifications_read_at: model.dateTime().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "members" }),
})
