import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"
import { Link } from "react-router-dom"

/** One figure of the overview, with what it is made of and where to act on it. */
export const StatCard = ({
  title,
  value,
  to,
  linkLabel,
  children,
  testId,
}: {
  title: string
  value: ReactNode
  to?: string
  linkLabel?: string
  children?: ReactNode
  testId?: string
}) => (
  <Container className="flex flex-col gap-y-2 px-6 py-4" data-testid={testId}>
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {title}
    </Text>
    <Heading level="h1">{value}</Heading>
    {children && <div className="flex flex-col gap-y-1">{children}</div>}
    {to && linkLabel && (
      <Link
        to={to}
        className="txt-small text-ui-fg-interactive mt-auto hover:underline"
      >
        {linkLabel}
      </Link>
    )}
  </Container>
)
