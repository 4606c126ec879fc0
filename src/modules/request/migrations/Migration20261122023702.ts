import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122023702 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "request" ("id" text not null, "type" text check ("type" in ('seller_registration', 'product_publication', 'product_category', 'product_type')) not null, "seller_id" text not null, "payload" jsonb null, "status" text check ("status" in ('pending', 'accepted', 'rejected', 'withdrawn')) not null default 'pending', "submitted_by" text null, "reviewer_id" text null, "reviewer_note" text null, "reviewed_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "request_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_request_deleted_at" ON "request" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_request_seller_id" ON "request" ("seller_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_request_status_type" ON "request" ("status", "type") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "request" cascade;`)
  }
}
