import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122024618 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "commission_line" drop constraint if exists "commission_line_reference_id_fee_type_unique";`
    )
    this.addSql(
      `create table if not exists "commission_line" ("id" text not null, "order_id" text not null, "seller_id" text not null, "target" text check ("target" in ('item', 'shipping', 'order')) not null, "reference_id" text not null, "line_item_id" text null, "rule_id" text not null, "fee_type" text not null, "currency_code" text not null, "base_amount" numeric not null, "amount" numeric not null, "rate_kind" text check ("rate_kind" in ('percentage', 'flat')) not null, "rate_value" numeric not null, "rate_min_amount" numeric null, "rate_max_amount" numeric null, "raw_base_amount" jsonb not null, "raw_amount" jsonb not null, "raw_rate_value" jsonb not null, "raw_rate_min_amount" jsonb null, "raw_rate_max_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_line_deleted_at" ON "commission_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_line_order_id" ON "commission_line" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_line_seller_id" ON "commission_line" ("seller_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_line_reference_id_fee_type_unique" ON "commission_line" ("reference_id", "fee_type") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "commission_rule" ("id" text not null, "name" text null, "seller_id" text null, "product_type_id" text null, "product_category_id" text null, "fee_type" text not null default 'sales', "target" text check ("target" in ('item', 'shipping', 'order')) not null default 'item', "kind" text check ("kind" in ('percentage', 'flat')) not null, "value" numeric not null, "min_amount" numeric null, "max_amount" numeric null, "currency_code" text null, "active" boolean not null default true, "metadata" jsonb null, "raw_value" jsonb not null, "raw_min_amount" jsonb null, "raw_max_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_fee_type_active" ON "commission_rule" ("fee_type", "active") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_seller_id" ON "commission_rule" ("seller_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_line" cascade;`)

    this.addSql(`drop table if exists "commission_rule" cascade;`)
  }
}
