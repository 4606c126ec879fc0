import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The `locking` table as Medusa's provider creates it; `if not exists` keeps an
 * installation that ran Medusa's provider before untouched.
 */
export class Migration20261122033000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "locking" ("id" text not null, "owner_id" text null, "expiration" timestamptz null, constraint "locking_pkey" primary key ("id"));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "locking";`)
  }
}
