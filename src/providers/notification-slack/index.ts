import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { SlackNotificationService } from "./services/slack-notification"

export { SlackNotificationService }
export type { SlackNotificationOptions } from "./services/slack-notification"

export default ModuleProvider(Modules.NOTIFICATION, {
  services: [SlackNotificationService],
})
