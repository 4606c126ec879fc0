import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Heading, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** A failed request: the API's message and a retry. */
export const ErrorState = ({
  error,
  onRetry,
}: {
  error: unknown
  onRetry?: () => void
}) => (
  <Container
    className="flex items-center justify-between gap-4 px-6 py-4"
    data-testid="error-state"
    role="alert"
  >
    <div className="flex items-center gap-2">
      <ExclamationCircle className="text-ui-fg-error" />
      <Text size="small" className="text-ui-fg-subtle">
        Could not load: {errorMessage(error)}
      </Text>
    </div>
    {onRetry && (
      <Button size="small" variant="secondary" onClick={onRetry}>
        Retry
      </Button>
    )}
  </Container>
)

/** A page or section waiting for its data. */
export const LoadingState = ({ label = "Loading" }: { label?: string }) => (
  <Container
    className="flex flex-col gap-3 px-6 py-6"
    aria-busy="true"
    data-testid="loading-state"
  >
    <span className="sr-only">{label}</span>
    <div className="bg-ui-bg-component h-4 w-1/3 animate-pulse rounded" />
    <div className="bg-ui-bg-component h-4 w-2/3 animate-pulse rounded" />
    <div className="bg-ui-bg-component h-4 w-1/2 animate-pulse rounded" />
  </Container>
)

/** The heading line of a page. */
export const PageHeader = ({
  title,
  description,
  actions,
}: {
  title: string
  description?: string
  actions?: ReactNode
}) => (
  <div className="flex items-start justify-between gap-4">
    <div>
      <Heading level="h1">{title}</Heading>
      {description && (
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      )}
    </div>
    {actions && <div className="flex gap-2">{actions}</div>}
  </div>
)
