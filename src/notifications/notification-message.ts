import type { NotificationTypes } from "@medusajs/framework/types"
import { RenderedMessage, renderTemplate } from "./templates"
import { escapeHtml } from "./templates/rendered-message"

/**
 * The message of a notification: its explicit `content` when the caller gave one,
 * otherwise the marketplace template named by `template`, rendered with `data`.
 */
export function notificationMessage(
  notification: NotificationTypes.ProviderSendNotificationDTO
): RenderedMessage {
  const rendered = renderTemplate(
    notification.template,
    notification.data ?? {}
  )
  const content = notification.content
  if (!content || (!content.subject && !content.html && !content.text)) {
    return rendered
  }
  return {
    subject: content.subject ?? rendered.subject,
    html:
      content.html ??
      (content.text ? `<p>${escapeHtml(content.text)}</p>` : rendered.html),
    text: content.text ?? rendered.text,
  }
}
