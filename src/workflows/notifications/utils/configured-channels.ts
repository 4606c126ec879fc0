import type { ConfigModule, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"

type ProviderOptions = { options?: { channels?: unknown } }

/**
 * The channels the Notification Module's providers serve, as the loaded configuration
 * declares them (src/config adds `slack` only when SLACK_WEBHOOK_URL is set). Medusa's
 * module does not expose its providers, and a notification for a channel without one
 * would be stored as failed.
 */
export function configuredNotificationChannels(
  container: MedusaContainer
): Set<string> {
  const config = container.resolve<ConfigModule>(
    ContainerRegistrationKeys.CONFIG_MODULE
  )
  const declaration = config.modules?.[Modules.NOTIFICATION]
  const options =
    typeof declaration === "object"
      ? (declaration.options as { providers?: ProviderOptions[] })
      : undefined
  const channels = (options?.providers ?? []).flatMap((provider) => {
    const served = provider.options?.channels
    return Array.isArray(served)
      ? served.filter(
          (channel): channel is string => typeof channel === "string"
        )
      : []
  })
  return new Set(channels)
}
