import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205080430 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "member" add column if not exists "notifications_read_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "member" drop column if exists "notifications_read_at";`
    )
  }
}
