import { ExclamationCircle } from "@medusajs/icons"
import { Button, Container, Text } from "@medusajs/ui"
import { useTranslation } from "react-i18next"

/** What a page or section shows when its request failed: the API's message and a retry. */
export const ErrorState = ({
  error,
  onRetry,
}: {
  error: unknown
  onRetry?: () => void
}) => {
  const { t } = useTranslation()
  const message = error instanceof Error ? error.message : String(error)
  return (
    <Container
      className="flex items-center justify-between gap-4 px-6 py-4"
      data-testid="error-state"
    >
      <div className="flex items-center gap-2">
        <ExclamationCircle className="text-ui-fg-error" />
        <Text size="small" className="text-ui-fg-subtle">
          {t("marketplace.common.loadFailed")}: {message}
        </Text>
      </div>
      {onRetry && (
        <Button size="small" variant="secondary" onClick={onRetry}>
          {t("marketplace.common.retry")}
        </Button>
      )}
    </Container>
  )
}
