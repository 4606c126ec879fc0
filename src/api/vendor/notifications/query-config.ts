export const vendorNotificationFields = [
  "id",
  "to",
  "channel",
  "template",
  "data",
  "trigger_type",
  "resource_id",
  "resource_type",
  "receiver_id",
  "status",
  "created_at",
]

export const listTransformQueryConfig = {
  defaults: vendorNotificationFields,
  allowed: vendorNotificationFields,
  defaultLimit: 20,
  isList: true,
}
