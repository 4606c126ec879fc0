import type {
  INotificationModuleService,
  Logger,
  MedusaContainer,
  NotificationDTO,
  NotificationTypes,
} from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { randomUUID } from "node:crypto"

/**
 * Sends notifications for code that must not fail because a provider did (subscribers
 * reacting to a seller or order event).
 *
 * Medusa's Notification Module stores every notification, calls its provider, and when the
 * provider throws (our providers throw on any HTTP 4xx/5xx) it stores `status: "failure"`
 * and then rethrows an aggregated error to the caller of `createNotifications`. This helper
 * keeps that record, logs the error once and returns every notification with its final
 * status. Each notification gets an idempotency key when it has none, which is how the
 * records are found again, and how a later retry with the same key resends only the
 * failed ones (Medusa resends a key whose notification failed, skips one that succeeded).
 */
export async function sendNotifications(
  container: MedusaContainer,
  notifications: NotificationTypes.CreateNotificationDTO[]
): Promise<NotificationDTO[]> {
  if (!notifications.length) {
    return []
  }
  const notificationModule = container.resolve<INotificationModuleService>(
    Modules.NOTIFICATION
  )
  const keyed = notifications.map((notification) => ({
    ...notification,
    idempotency_key:
      notification.idempotency_key ?? `notification-${randomUUID()}`,
  }))
  try {
    return await notificationModule.createNotifications(keyed)
  } catch (error) {
    const logger = container.resolve<Logger>(ContainerRegistrationKeys.LOGGER)
    logger.warn(
      `Some notifications could not be sent and are stored as failed: ${
        error instanceof Error ? error.message : String(error)
      }`
    )
    // The module filters on idempotency_key (it does so itself before sending), but
    // FilterableNotificationProps does not declare the field.
    const byKey = {
      idempotency_key: keyed.map(
        (notification) => notification.idempotency_key
      ),
    } as NotificationTypes.FilterableNotificationProps
    return await notificationModule.listNotifications(byKey)
  }
}
