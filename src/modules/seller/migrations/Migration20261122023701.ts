import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122023701 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "seller_invite" drop constraint if exists "seller_invite_token_hash_unique";`
    )
    this.addSql(
      `alter table if exists "member" drop constraint if exists "member_email_unique";`
    )
    this.addSql(
      `alter table if exists "seller" drop constraint if exists "seller_handle_unique";`
    )
    this.addSql(
      `create table if not exists "seller" ("id" text not null, "name" text not null, "handle" text not null, "email" text not null, "description" text null, "logo_url" text null, "logo_file_id" text null, "phone" text null, "address_line_1" text null, "address_line_2" text null, "city" text null, "postal_code" text null, "province" text null, "country_code" text null, "tax_id" text null, "status" text check ("status" in ('pending_approval', 'open', 'suspended', 'terminated')) not null default 'pending_approval', "status_reason" text null, "approved_at" timestamptz null, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_handle_unique" ON "seller" ("handle") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_deleted_at" ON "seller" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_status" ON "seller" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "member" ("id" text not null, "email" text not null, "name" text null, "role" text check ("role" in ('owner', 'admin', 'member')) not null default 'member', "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "member_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_member_email_unique" ON "member" ("email") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_member_seller_id" ON "member" ("seller_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_member_deleted_at" ON "member" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "seller_invite" ("id" text not null, "email" text not null, "role" text check ("role" in ('owner', 'admin', 'member')) not null default 'member', "token_hash" text not null, "expires_at" timestamptz not null, "accepted_at" timestamptz null, "seller_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "seller_invite_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_seller_invite_token_hash_unique" ON "seller_invite" ("token_hash") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_invite_seller_id" ON "seller_invite" ("seller_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_seller_invite_deleted_at" ON "seller_invite" ("deleted_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "member" add constraint "member_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "seller_invite" add constraint "seller_invite_seller_id_foreign" foreign key ("seller_id") references "seller" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "member" drop constraint if exists "member_seller_id_foreign";`
    )

    this.addSql(
      `alter table if exists "seller_invite" drop constraint if exists "seller_invite_seller_id_foreign";`
    )

    this.addSql(`drop table if exists "seller" cascade;`)

    this.addSql(`drop table if exists "member" cascade;`)

    this.addSql(`drop table if exists "seller_invite" cascade;`)
  }
}
