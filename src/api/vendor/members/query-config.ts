export const listTransformQueryConfig = {
  defaults: ["id", "email", "name", "role", "created_at", "updated_at"],
  defaultLimit: 20,
  isList: true,
}
