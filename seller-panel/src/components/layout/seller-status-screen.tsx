import { Button, Container, Heading, StatusBadge, Text } from "@medusajs/ui"
import { useLogOut, type Me } from "../../hooks/api/seller"
import { humanize } from "../../lib/shared"

const SCREENS: Record<
  string,
  { title: string; body: string; color: "orange" | "red" }
> = {
  pending_approval: {
    title: "Your shop is waiting for approval",
    body: "The marketplace reviews every new seller. You will get an email when your shop is approved; then you can list products here.",
    color: "orange",
  },
  suspended: {
    title: "Your shop is suspended",
    body: "Your products are hidden from the store and changes are blocked until the marketplace reinstates your shop.",
    color: "red",
  },
  terminated: {
    title: "Your shop was not approved",
    body: "The marketplace closed or rejected this shop. Contact the marketplace if you think this is a mistake.",
    color: "red",
  },
}

/** What a seller that is not open sees instead of the panel: where it stands and why. */
export const SellerStatusScreen = ({ seller }: { seller: Me }) => {
  const screen = SCREENS[seller.status] ?? SCREENS.pending_approval
  const logOut = useLogOut()
  return (
    <div className="flex min-h-screen items-center justify-center p-4">
      <Container
        className="flex w-full max-w-lg flex-col gap-4 p-8"
        data-testid="seller-status-screen"
      >
        <StatusBadge color={screen.color} className="self-start">
          {humanize(seller.status)}
        </StatusBadge>
        <Heading level="h1">{screen.title}</Heading>
        <Text className="text-ui-fg-subtle">{screen.body}</Text>
        {seller.status_reason && (
          <Text data-testid="seller-status-reason">
            Reason: {seller.status_reason}
          </Text>
        )}
        <Text size="small" className="text-ui-fg-muted">
          {seller.name} · signed in as {seller.member.email}
        </Text>
        <Button
          variant="secondary"
          className="self-start"
          onClick={() => logOut()}
        >
          Log out
        </Button>
      </Container>
    </div>
  )
}
