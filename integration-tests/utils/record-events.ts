import type {
  IEventBusModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * Records the events our subscribers receive, through a real subscription on the event
 * bus (not a spy on emit). `waitFor` polls, bounded, until `count` events of a name arrived.
 */
export function recordEvents(container: MedusaContainer, names: string[]) {
  const received: { name: string; data: { id: string } }[] = []
  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  for (const name of names) {
    eventBus.subscribe(
      name,
      async (event) => {
        received.push({ name, data: event.data as { id: string } })
      },
      { subscriberId: `record-events-${name}` }
    )
  }
  const waitFor = async (name: string, count: number, timeoutMs = 20000) => {
    const deadline = Date.now() + timeoutMs
    const arrived = () => received.filter((event) => event.name === name).length
    while (arrived() < count && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    if (arrived() < count) {
      throw new Error(
        `expected ${count} "${name}" events within ${timeoutMs} ms, got ${arrived()}`
      )
    }
  }
  return { received, waitFor }
}
