/** Query keys per resource, like the dashboard's query-key factory: lists under `all`, details by id. */
export const queryKeys = {
  me: ["seller", "me"] as const,
  list: (resource: string, query?: object) =>
    [resource, "list", query ?? {}] as const,
  detail: (resource: string, id: string) => [resource, "detail", id] as const,
  all: (resource: string) => [resource] as const,
}
