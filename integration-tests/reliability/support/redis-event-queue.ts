import type {
  IEventBusModuleService,
  MedusaContainer,
} from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import Redis from "ioredis"

/** Medusa's Redis event bus keeps its BullMQ queue under `RedisEventBusService:events-queue`. */
const QUEUE = "RedisEventBusService:events-queue"

export type QueuedEvent = { jobId: string; name: string; id?: string }

/**
 * The events waiting in (or being handled from) the Redis event bus' queue, read from
 * Redis itself: jobs in `wait`, `prioritized`, `paused`, `delayed` and `active`.
 */
export async function queuedEvents(redisUrl: string): Promise<QueuedEvent[]> {
  const redis = new Redis(redisUrl, {
    maxRetriesPerRequest: 1,
    lazyConnect: true,
  })
  try {
    await redis.connect()
    const [wait, paused, active, prioritized, delayed] = await Promise.all([
      redis.lrange(`${QUEUE}:wait`, 0, -1),
      redis.lrange(`${QUEUE}:paused`, 0, -1),
      redis.lrange(`${QUEUE}:active`, 0, -1),
      redis.zrange(`${QUEUE}:prioritized`, 0, -1),
      redis.zrange(`${QUEUE}:delayed`, 0, -1),
    ])
    const events: QueuedEvent[] = []
    for (const jobId of new Set([
      ...wait,
      ...paused,
      ...active,
      ...prioritized,
      ...delayed,
    ])) {
      const { name, data } = await redis.hgetall(`${QUEUE}:${jobId}`)
      if (!name) {
        continue
      }
      const payload = JSON.parse(data ?? "{}") as { data?: { id?: string } }
      events.push({ jobId, name, id: payload.data?.id })
    }
    return events
  } finally {
    redis.disconnect()
  }
}

/**
 * A test subscriber that, while closed, holds the event bus worker on the event it is
 * handling, so the events emitted meanwhile stay queued in Redis. Medusa's worker handles
 * one job at a time (BullMQ's default concurrency); the other subscribers of the held
 * event still run.
 */
export function holdEventDelivery(
  container: MedusaContainer,
  eventName: string
) {
  let release: (() => void) | undefined
  let closed: Promise<void> | undefined
  container.resolve<IEventBusModuleService>(Modules.EVENT_BUS).subscribe(
    eventName,
    async () => {
      await closed
    },
    { subscriberId: `redis-outage-hold-${eventName}` }
  )
  return {
    close: () => {
      closed = new Promise<void>((resolve) => (release = resolve))
    },
    open: () => {
      release?.()
      closed = undefined
    },
  }
}
