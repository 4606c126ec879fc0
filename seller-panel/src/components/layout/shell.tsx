import {
  ArrowRightOnRectangle,
  ArrowUturnLeft,
  BellAlert,
  ChatBubbleLeftRight,
  CogSixTooth,
  CurrencyDollar,
  House,
  MapPin,
  ShoppingCart,
  Tag,
  Users,
} from "@medusajs/icons"
import { Avatar, Button, Text, clx } from "@medusajs/ui"
import type { ComponentType } from "react"
import { NavLink, Outlet } from "react-router-dom"
import { useLogOut, useMe } from "../../hooks/api/seller"

const NAVIGATION: { to: string; label: string; icon: ComponentType }[] = [
  { to: "/", label: "Home", icon: House },
  { to: "/products", label: "Products", icon: Tag },
  { to: "/orders", label: "Orders", icon: ShoppingCart },
  { to: "/returns", label: "Returns", icon: ArrowUturnLeft },
  { to: "/shipping", label: "Shipping", icon: MapPin },
  { to: "/money", label: "Money", icon: CurrencyDollar },
  { to: "/team", label: "Team", icon: Users },
  { to: "/requests", label: "Requests", icon: ChatBubbleLeftRight },
  { to: "/notifications", label: "Notifications", icon: BellAlert },
  { to: "/settings", label: "Store settings", icon: CogSixTooth },
]

/** The signed-in layout: the dashboard's sidebar (shop, navigation, member) and the page. */
export const Shell = () => {
  const { data: me } = useMe()
  const logOut = useLogOut()

  return (
    <div className="flex min-h-screen">
      <aside className="bg-ui-bg-subtle border-ui-border-base flex w-60 shrink-0 flex-col border-r">
        <div className="flex items-center gap-x-3 p-4">
          <Avatar
            variant="squared"
            size="small"
            src={me?.logo_url ?? undefined}
            fallback={me?.name.charAt(0).toUpperCase() ?? "S"}
          />
          <div className="min-w-0">
            <Text size="small" weight="plus" className="truncate">
              {me?.name}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle">
              Seller panel
            </Text>
          </div>
        </div>
        <nav
          aria-label="Seller panel"
          className="flex flex-1 flex-col gap-y-0.5 px-3 py-2"
        >
          {NAVIGATION.map(({ to, label, icon: Icon }) => (
            <NavLink
              key={to}
              to={to}
              end={to === "/"}
              className={({ isActive }) =>
                clx(
                  "txt-compact-small-plus text-ui-fg-subtle hover:bg-ui-bg-subtle-hover flex items-center gap-x-2 rounded-md px-2 py-1.5 outline-none",
                  isActive &&
                    "bg-ui-bg-base text-ui-fg-base shadow-elevation-card-rest"
                )
              }
            >
              <Icon />
              {label}
            </NavLink>
          ))}
        </nav>
        <div className="border-ui-border-base flex items-center justify-between gap-2 border-t p-4">
          <div className="min-w-0">
            <Text size="small" weight="plus" className="truncate">
              {me?.member.name ?? me?.member.email}
            </Text>
            <Text size="xsmall" className="text-ui-fg-subtle truncate">
              {me?.member.email} · {me?.member.role}
            </Text>
          </div>
          <Button
            variant="transparent"
            size="small"
            aria-label="Log out"
            onClick={() => logOut()}
          >
            <ArrowRightOnRectangle />
          </Button>
        </div>
      </aside>
      <main className="flex min-w-0 flex-1 flex-col">
        <div className="mx-auto flex w-full max-w-[1200px] flex-col gap-y-3 p-6">
          <Outlet />
        </div>
      </main>
    </div>
  )
}

/** Team, money management and the profile belong to owners and admins (the API's own rule). */
export function useIsManager(): boolean {
  const { data: me } = useMe()
  return me?.member.role === "owner" || me?.member.role === "admin"
}
