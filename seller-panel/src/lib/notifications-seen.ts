const KEY = "seller_notifications_seen_at"

/** The feed has no read flag: "unread" is what arrived since the member last opened it here. */
export const notificationsSeenAt = () => window.localStorage.getItem(KEY) ?? ""
export const markNotificationsSeen = () =>
  window.localStorage.setItem(KEY, new Date().toISOString())
