import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205010915 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "request" drop constraint if exists "request_type_check";`
    )

    this.addSql(
      `alter table if exists "request" add column if not exists "resource_id" text null;`
    )
    this.addSql(
      `alter table if exists "request" add constraint "request_type_check" check("type" in ('seller_registration', 'product_publication', 'product_category', 'product_type', 'product_update'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "request" drop constraint if exists "request_type_check";`
    )

    this.addSql(
      `alter table if exists "request" drop column if exists "resource_id";`
    )

    this.addSql(
      `alter table if exists "request" add constraint "request_type_check" check("type" in ('seller_registration', 'product_publication', 'product_category', 'product_type'));`
    )
  }
}
