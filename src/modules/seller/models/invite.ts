import { model } from "@medusajs/framework/utils"
import { MEMBER_ROLES } from "../constants"
import { Seller } from "./seller"

/** Only the SHA-256 hash of the invite token is stored; the token itself is sent once by email. */
export const Invite = model.define("seller_invite", {
  id: model.id({ prefix: "sinv" }).primaryKey(),
  email: model.text().searchable(),
  role: model.enum([...MEMBER_ROLES]).default("member"),
  token_hash: model.text().unique(),
  expires_at: model.dateTime(),
  accepted_at: model.dateTime().nullable(),
  seller: model.belongsTo(() => Seller, { mappedBy: "invites" }),
})
