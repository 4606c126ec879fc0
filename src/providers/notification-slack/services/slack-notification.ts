import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { notificationMessage } from "../../../notifications/notification-message"
import {
  baseUrlOption,
  PROVIDER_HTTP_TIMEOUT_MS,
  providerHttpError,
} from "../../../notifications/provider-http-error"

export type SlackNotificationOptions = {
  channels?: string[]
  /** The Slack incoming-webhook URL. */
  webhook_url: string
}

type InjectedDependencies = { logger: Logger }

/**
 * Channel `slack`: posts the notification to an incoming webhook as one message with
 * the subject in bold and the text below it. The webhook decides the Slack channel;
 * `to` is only shown as context.
 */
export class SlackNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-slack"

  protected readonly logger_: Logger
  protected readonly webhookUrl: string

  constructor(
    { logger }: InjectedDependencies,
    options: SlackNotificationOptions
  ) {
    super()
    SlackNotificationService.validateOptions(options)
    this.logger_ = logger
    this.webhookUrl = options.webhook_url
  }

  static validateOptions(options: Record<string, unknown>): void {
    if (!options?.webhook_url) {
      throw new Error("[notification-slack] option `webhook_url` is required")
    }
    baseUrlOption("notification-slack", "webhook_url", options.webhook_url, "")
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const { subject, text } = notificationMessage(notification)
    const fallback = `${subject}\n${text}`
    const response = await fetch(this.webhookUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        text: fallback,
        blocks: [
          {
            type: "section",
            text: { type: "mrkdwn", text: `*${escapeSlack(subject)}*` },
          },
          {
            type: "section",
            text: { type: "mrkdwn", text: escapeSlack(text) },
          },
          {
            type: "context",
            elements: [
              {
                type: "mrkdwn",
                text: escapeSlack(
                  `${notification.template} → ${notification.to}`
                ),
              },
            ],
          },
        ],
      }),
      signal: AbortSignal.timeout(PROVIDER_HTTP_TIMEOUT_MS),
    })
    if (!response.ok) {
      throw await providerHttpError("Slack", response)
    }
    return {}
  }
}

/** Slack's mrkdwn reserves &, < and >. */
function escapeSlack(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
}
