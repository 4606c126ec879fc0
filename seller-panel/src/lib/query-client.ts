import { FetchError } from "@medusajs/js-sdk"
import { QueryCache, QueryClient } from "@tanstack/react-query"

/** A 401 from any query means the session ended (logged out, or removed from the team). */
export const SESSION_ENDED_EVENT = "seller-session-ended"

export const queryClient = new QueryClient({
  queryCache: new QueryCache({
    onError: (error) => {
      if (error instanceof FetchError && error.status === 401) {
        window.dispatchEvent(new Event(SESSION_ENDED_EVENT))
      }
    },
  }),
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: true,
      retry: (failures, error) =>
        !(error instanceof FetchError && (error.status ?? 500) < 500) &&
        failures < 2,
    },
  },
})
