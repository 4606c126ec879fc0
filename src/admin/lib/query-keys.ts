/**
 * Query keys per resource, shaped like the dashboard's own factory so a mutation can
 * invalidate exactly the lists or the one detail it changed.
 */
export function queryKeys<Scope extends string>(scope: Scope) {
  const all = ["marketplace", scope] as const
  return {
    all,
    lists: () => [...all, "list"] as const,
    list: (query?: Record<string, unknown>) =>
      [...all, "list", { query }] as const,
    details: () => [...all, "detail"] as const,
    detail: (id: string, query?: Record<string, unknown>) =>
      [...all, "detail", id, { query }] as const,
  }
}
