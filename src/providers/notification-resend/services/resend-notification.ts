import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService } from "@medusajs/framework/utils"
import { notificationMessage } from "../../../notifications/notification-message"
import {
  baseUrlOption,
  PROVIDER_HTTP_TIMEOUT_MS,
  providerHttpError,
  requiredOption,
} from "../../../notifications/provider-http-error"

export type ResendNotificationOptions = {
  channels?: string[]
  api_key: string
  /** Default sender, e.g. `Marketplace <noreply@example.com>`. */
  from: string
  /** API base URL; defaults to https://api.resend.com. */
  api_url?: string
}

type InjectedDependencies = { logger: Logger }

/**
 * Email through Resend's HTTP API (`POST {api_url}/emails`). The message is the
 * notification's `content`, or the marketplace template named by `template`.
 */
export class ResendNotificationService extends AbstractNotificationProviderService {
  static identifier = "notification-resend"

  protected readonly logger_: Logger
  protected readonly apiKey: string
  protected readonly from: string
  protected readonly apiUrl: string

  constructor(
    { logger }: InjectedDependencies,
    options: ResendNotificationOptions
  ) {
    super()
    ResendNotificationService.validateOptions(options)
    this.logger_ = logger
    this.apiKey = options.api_key
    this.from = options.from
    this.apiUrl = baseUrlOption(
      "notification-resend",
      "api_url",
      options.api_url,
      "https://api.resend.com"
    )
  }

  static validateOptions(options: Record<string, unknown>): void {
    requiredOption("notification-resend", "api_key", options?.api_key)
    requiredOption("notification-resend", "from", options?.from)
    baseUrlOption(
      "notification-resend",
      "api_url",
      options?.api_url,
      "https://api.resend.com"
    )
  }

  async send(
    notification: NotificationTypes.ProviderSendNotificationDTO
  ): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const { subject, html, text } = notificationMessage(notification)
    const response = await fetch(`${this.apiUrl}/emails`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${this.apiKey}`,
        "content-type": "application/json",
      },
      body: JSON.stringify({
        from: notification.from?.trim() || this.from,
        to: [notification.to],
        subject,
        html,
        text,
        attachments: notification.attachments?.map((attachment) => ({
          filename: attachment.filename,
          content: attachment.content,
          content_type: attachment.content_type,
        })),
      }),
      signal: AbortSignal.timeout(PROVIDER_HTTP_TIMEOUT_MS),
    })
    if (!response.ok) {
      throw await providerHttpError("Resend", response)
    }
    const body = (await response.json().catch(() => ({}))) as { id?: string }
    return { id: body.id }
  }
}
