import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MarketplaceSendgridNotificationService } from "./services/sendgrid-notification"

export { MarketplaceSendgridNotificationService }
export type { SendgridNotificationOptions } from "./services/sendgrid-notification"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [MarketplaceSendgridNotificationService],
})
