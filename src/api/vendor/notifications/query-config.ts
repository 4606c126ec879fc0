export const listTransformQueryConfig = {
  defaults: [
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
  ],
  defaultLimit: 20,
  isList: true,
}
