import { createRequire } from "node:module"
import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { SendgridNotificationService } from "@medusajs/notification-sendgrid/dist/services/sendgrid"
import { baseUrlOption } from "../../../notifications/provider-http-error"
import {
  isNotificationTemplate,
  renderTemplate,
} from "../../../notifications/templates"

export type SendgridNotificationOptions = {
  channels?: string[]
  api_key: string
  from: string
  /** API base URL (regional endpoint such as https://api.eu.sendgrid.com, or a test server). */
  api_url?: string
}

type InjectedDependencies = { logger: Logger }

/** The part of @sendgrid/mail's singleton this provider configures. */
type SendgridMail = {
  client: { setDefaultRequest(key: string, value: unknown): unknown }
}

/**
 * The @sendgrid/mail instance Medusa's provider sends with, resolved from that package
 * so both talk to the same client (it is a process-wide singleton).
 */
const sendgridMail = createRequire(
  require.resolve("@medusajs/notification-sendgrid")
)("@sendgrid/mail") as SendgridMail

/**
 * Medusa's SendGrid provider, unchanged, plus:
 * - `api_url`: the base URL of @sendgrid/client (Medusa's provider reads only api_key and from);
 * - a marketplace template name without `content` is rendered from src/notifications/templates
 *   (any other `template` is still sent as a SendGrid dynamic template id).
 */
export class MarketplaceSendgridNotificationService extends SendgridNotificationService {
  static identifier = "notification-sendgrid"

  constructor(
    dependencies: InjectedDependencies,
    options: SendgridNotificationOptions
  ) {
    super(dependencies, options)
    // The parent's setApiKey resets the base URL to SendGrid's global host; set ours after it.
    if (options.api_url) {
      sendgridMail.client.setDefaultRequest(
        "baseUrl",
        `${baseUrlOption("notification-sendgrid", "api_url", options.api_url, "")}/`
      )
    }
  }

  static validateOptions(options: Record<string, unknown>): void {
    for (const name of ["api_key", "from"]) {
      if (typeof options?.[name] !== "string" || !options[name]) {
        throw new Error(
          `[notification-sendgrid] option \`${name}\` is required`
        )
      }
    }
    if (options.api_url) {
      baseUrlOption("notification-sendgrid", "api_url", options.api_url, "")
    }
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    if (
      !notification?.content &&
      notification &&
      isNotificationTemplate(notification.template)
    ) {
      const { subject, html } = renderTemplate(
        notification.template,
        notification.data ?? {}
      )
      return await super.send({ ...notification, content: { subject, html } })
    }
    return await super.send(notification)
  }
}
