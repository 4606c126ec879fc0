import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261205050100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "request" drop constraint if exists "request_type_check";`
    )
    this.addSql(
      `alter table if exists "request" add constraint "request_type_check" check("type" in ('seller_registration', 'product_publication', 'product_category', 'product_type', 'product_update', 'review_removal'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "request" drop constraint if exists "request_type_check";`
    )
    this.addSql(
      `alter table if exists "request" add constraint "request_type_check" check("type" in ('seller_registration', 'product_publication', 'product_category', 'product_type', 'product_update'));`
    )
  }
}
