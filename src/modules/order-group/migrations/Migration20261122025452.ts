import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122025452 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "order_group" drop constraint if exists "order_group_cart_id_unique";`
    )
    this.addSql(
      `create table if not exists "order_group" ("id" text not null, "cart_id" text not null, "customer_id" text null, "currency_code" text not null, "subtotal" numeric not null, "tax_total" numeric not null, "shipping_total" numeric not null, "discount_total" numeric not null, "total" numeric not null, "metadata" jsonb null, "raw_subtotal" jsonb not null, "raw_tax_total" jsonb not null, "raw_shipping_total" jsonb not null, "raw_discount_total" jsonb not null, "raw_total" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "order_group_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_order_group_cart_id_unique" ON "order_group" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_group_deleted_at" ON "order_group" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_order_group_customer_id" ON "order_group" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "order_group" cascade;`)
  }
}
