import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205050000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "review" ("id" text not null, "reference" text check ("reference" in ('product', 'seller')) not null, "reference_id" text not null, "seller_id" text not null, "customer_id" text not null, "order_id" text not null, "line_item_id" text null, "rating" integer not null, "title" text null, "body" text null, "status" text check ("status" in ('pending', 'published', 'rejected')) not null default 'pending', "seller_reply" text null, "seller_replied_at" timestamptz null, "moderation_note" text null, "moderated_at" timestamptz null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_pkey" primary key ("id"), constraint "review_rating_range" check ("rating" between 1 and 5));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_deleted_at" ON "review" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_reference_reference_id_status" ON "review" ("reference", "reference_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_seller_id_status" ON "review" ("seller_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_customer_id" ON "review" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_line_item_id_unique" ON "review" ("line_item_id") WHERE line_item_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_order_id_unique" ON "review" ("order_id") WHERE reference = 'seller' AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "review_rating" ("id" text not null, "reference" text check ("reference" in ('product', 'seller')) not null, "reference_id" text not null, "average" real not null, "count" integer not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "review_rating_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_review_rating_deleted_at" ON "review_rating" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_review_rating_reference_id_unique" ON "review_rating" ("reference_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "review_rating" cascade;`)
    this.addSql(`drop table if exists "review" cascade;`)
  }
}
