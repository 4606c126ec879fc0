import { Container, Heading, Hint, Text } from "@medusajs/ui"
import type { ReactNode } from "react"

/** The centred card of the signed-out pages, like the dashboard's login. */
export const AuthLayout = ({
  title,
  description,
  error,
  children,
  footer,
}: {
  title: string
  description: string
  error?: string
  children: ReactNode
  footer?: ReactNode
}) => (
  <div className="flex min-h-screen items-center justify-center p-4">
    <Container className="flex w-full max-w-sm flex-col gap-6 p-8">
      <div className="flex flex-col gap-1 text-center">
        <Heading level="h1">{title}</Heading>
        <Text size="small" className="text-ui-fg-subtle">
          {description}
        </Text>
      </div>
      {error && (
        <Hint variant="error" role="alert" data-testid="form-error">
          {error}
        </Hint>
      )}
      {children}
      {footer && (
        <Text size="small" className="text-ui-fg-subtle text-center">
          {footer}
        </Text>
      )}
    </Container>
  </div>
)
