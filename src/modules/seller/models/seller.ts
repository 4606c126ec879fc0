import { model } from "@medusajs/framework/utils"
import { SELLER_STATUSES } from "../constants"
import { Invite } from "./invite"
import { Member } from "./member"

export const Seller = model
  .define("seller", {
    id: model.id({ prefix: "sel" }).primaryKey(),
    name: model.text().searchable(),
    handle: model.text().unique(),
    email: model.text().searchable(),
    description: model.text().nullable(),
    logo_url: model.text().nullable(),
    /** File Module id of the logo, so replacing the logo can delete the old file. */
    logo_file_id: model.text().nullable(),
    phone: model.text().nullable(),
    address_line_1: model.text().nullable(),
    address_line_2: model.text().nullable(),
    city: model.text().nullable(),
    postal_code: model.text().nullable(),
    province: model.text().nullable(),
    country_code: model.text().nullable(),
    tax_id: model.text().nullable(),
    status: model.enum([...SELLER_STATUSES]).default("pending_approval"),
    status_reason: model.text().nullable(),
    approved_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    members: model.hasMany(() => Member, { mappedBy: "seller" }),
    invites: model.hasMany(() => Invite, { mappedBy: "seller" }),
  })
  .indexes([{ on: ["status"] }])
