import { FetchError } from "@medusajs/js-sdk"
import { useEffect } from "react"
import { Navigate, Outlet, useLocation } from "react-router-dom"
import { useLogOut, useMe } from "../../hooks/api/seller"
import { SESSION_ENDED_EVENT } from "../../lib/query-client"
import { ErrorState, LoadingState } from "../states"
import { SellerStatusScreen } from "./seller-status-screen"

/**
 * The signed-in area: nobody signed in (or a session the API no longer accepts, e.g. a
 * member removed from the team) goes to the login page; a seller that is not open sees
 * where it stands instead of the panel.
 */
export const RequireSeller = () => {
  const me = useMe()
  const location = useLocation()
  const logOut = useLogOut()

  useEffect(() => {
    const ended = () => logOut("/login?session=ended")
    window.addEventListener(SESSION_ENDED_EVENT, ended)
    return () => window.removeEventListener(SESSION_ENDED_EVENT, ended)
  }, [logOut])

  if (me.isPending) {
    return (
      <div className="mx-auto max-w-xl p-8">
        <LoadingState />
      </div>
    )
  }
  if (me.error instanceof FetchError && me.error.status === 401) {
    return <Navigate to="/login?session=ended" replace />
  }
  if (me.error) {
    return (
      <div className="mx-auto max-w-xl p-8">
        <ErrorState error={me.error} onRetry={() => me.refetch()} />
      </div>
    )
  }
  if (!me.data) {
    return <Navigate to="/login" replace state={{ from: location.pathname }} />
  }
  if (me.data.status !== "open") {
    return <SellerStatusScreen seller={me.data} />
  }
  return <Outlet />
}
