import { Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** A detail-page section: a titled container, like the dashboard's general sections. */
export const Section = ({
  title,
  description,
  actions,
  children,
  testId,
}: {
  title: string
  description?: string
  actions?: ReactNode
  children: ReactNode
  testId?: string
}) => (
  <Container className="divide-y p-0" data-testid={testId}>
    <div className="flex items-center justify-between gap-4 px-6 py-4">
      <div>
        <Heading level="h2">{title}</Heading>
        {description && (
          <Text size="small" className="text-ui-fg-subtle">
            {description}
          </Text>
        )}
      </div>
      {actions && <div className="flex items-center gap-2">{actions}</div>}
    </div>
    {children}
  </Container>
)

/** A label and its value on one row of a section. */
export const Field = ({
  label,
  children,
}: {
  label: string
  children: ReactNode
}) => (
  <div className="text-ui-fg-subtle grid grid-cols-2 items-start px-6 py-4">
    <Text size="small" weight="plus" leading="compact">
      {label}
    </Text>
    <div className="txt-small break-words">{children ?? "-"}</div>
  </div>
)

/** Text for a section without rows. */
export const EmptyRow = ({ children }: { children: ReactNode }) => (
  <div className="px-6 py-4">
    <Text size="small" className="text-ui-fg-muted">
      {children}
    </Text>
  </div>
)
