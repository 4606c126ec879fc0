import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122025501 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "payout_account" drop constraint if exists "payout_account_seller_id_unique";`
    )
    this.addSql(
      `alter table if exists "payout" drop constraint if exists "payout_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "ledger_entry" drop constraint if exists "ledger_entry_type_reference_unique";`
    )
    this.addSql(
      `create table if not exists "ledger_entry" ("id" text not null, "seller_id" text not null, "currency_code" text not null, "amount" numeric not null, "type" text check ("type" in ('sale', 'commission', 'refund', 'commission_reversal', 'payout', 'payout_reversal', 'adjustment')) not null, "reference" text not null, "available_at" timestamptz not null, "metadata" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ledger_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_deleted_at" ON "ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_ledger_entry_type_reference_unique" ON "ledger_entry" ("type", "reference") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ledger_entry_seller_id_currency_code" ON "ledger_entry" ("seller_id", "currency_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payout" ("id" text not null, "seller_id" text not null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('pending', 'processing', 'paid', 'failed', 'canceled')) not null default 'pending', "provider" text not null, "provider_reference" text null, "idempotency_key" text not null, "failure_reason" text null, "paid_at" timestamptz null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_idempotency_key_unique" ON "payout" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_deleted_at" ON "payout" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_seller_id_status" ON "payout" ("seller_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "payout_account" ("id" text not null, "seller_id" text not null, "provider" text not null, "external_id" text null, "status" text check ("status" in ('pending', 'active', 'restricted', 'disabled')) not null default 'pending', "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "payout_account_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_payout_account_seller_id_unique" ON "payout_account" ("seller_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_payout_account_deleted_at" ON "payout_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ledger_entry" cascade;`)

    this.addSql(`drop table if exists "payout" cascade;`)

    this.addSql(`drop table if exists "payout_account" cascade;`)
  }
}
