import { checkoutCanceled } from "./checkout-canceled"
import { memberInvited } from "./member-invited"
import { orderGroupPlaced } from "./order-group-placed"
import { orderPlaced } from "./order-placed"
import { orderReturnReceived } from "./order-return-received"
import { passwordReset } from "./password-reset"
import { paymentRefunded } from "./payment-refunded"
import { payoutFailed } from "./payout-failed"
import { payoutPaid } from "./payout-paid"
import {
  field,
  message,
  NotificationTemplate,
  RenderedMessage,
  TemplateData,
} from "./rendered-message"
import { reconcileUnrepaired } from "./reconcile-unrepaired"
import { requestCreated } from "./request-created"
import { requestAccepted, requestRejected } from "./request-reviewed"
import { reviewPublished, reviewRejected, reviewReplied } from "./review"
import { sellerApproved } from "./seller-approved"
import { sellerRegistered } from "./seller-registered"
import { sellerRejected } from "./seller-rejected"
import { sellerReinstated } from "./seller-reinstated"
import { sellerSuspended } from "./seller-suspended"

export type {
  NotificationTemplate,
  RenderedMessage,
  TemplateData,
} from "./rendered-message"

/**
 * The marketplace's notification templates, named after the event that sends them.
 * Subscribers pass the name as `template` and the listed fields as `data`; providers
 * that render their own content (Resend, Slack) use `renderTemplate`.
 */
export const NOTIFICATION_TEMPLATES = {
  "seller.registered": sellerRegistered,
  "seller.approved": sellerApproved,
  "seller.rejected": sellerRejected,
  "seller.suspended": sellerSuspended,
  "seller.reinstated": sellerReinstated,
  "seller.member_invited": memberInvited,
  "request.created": requestCreated,
  "request.accepted": requestAccepted,
  "request.rejected": requestRejected,
  "order.placed": orderPlaced,
  "order_group.placed": orderGroupPlaced,
  "order.return_received": orderReturnReceived,
  "payment.refunded": paymentRefunded,
  "payout.paid": payoutPaid,
  "payout.failed": payoutFailed,
  "review.published": reviewPublished,
  "review.replied": reviewReplied,
  "review.rejected": reviewRejected,
  "checkout.canceled": checkoutCanceled,
  "reconcile.unrepaired": reconcileUnrepaired,
  "auth.password_reset": passwordReset,
} satisfies Record<string, NotificationTemplate>

export type NotificationTemplateName = keyof typeof NOTIFICATION_TEMPLATES

export function isNotificationTemplate(
  name: string
): name is NotificationTemplateName {
  return Object.prototype.hasOwnProperty.call(NOTIFICATION_TEMPLATES, name)
}

/** Renders a known template; an unknown one gives a readable message listing the data. */
export function renderTemplate(
  template: string,
  data: TemplateData = {}
): RenderedMessage {
  if (isNotificationTemplate(template)) {
    return NOTIFICATION_TEMPLATES[template](data)
  }
  const details = Object.keys(data)
    .sort()
    .map((name) => `${name}: ${field(data, name)}`)
  return message(`Marketplace notification: ${template}`, [
    `Notification "${template}".`,
    ...details,
  ])
}
