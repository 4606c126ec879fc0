import axios, { AxiosInstance, InternalAxiosRequestConfig } from "axios"
import { MarketplaceFixture } from "../../utils/marketplace-builder"
import { CartLine, createReadyCart } from "../../utils/store-cart"

/** One HTTP request of the load, as the client saw it. */
export type RequestRecord = {
  method: string
  /** The path with ids replaced by `:id`, e.g. `/store/carts/:id/complete`. */
  route: string
  sentAt: number
  answeredAt: number
  /** null when no HTTP answer came (connection error, or the client's timeout). */
  status: number | null
  /** The body's `type` (`service_unavailable`, `order_group`, ...), when it has one. */
  type?: string
  message?: string
  /** Why there was no HTTP answer. */
  error?: string
}

const ID = /\/(cart|pay_col|payses|ogrp|order|variant|so)_[0-9A-Z]+/g

/**
 * An axios client that records every request with its timing and outcome and gives up
 * after `timeoutMs`, so a hanging request shows up as a record instead of stalling the load.
 */
export function recordingClient(baseURL: string, timeoutMs: number) {
  const records: RequestRecord[] = []
  const client = axios.create({ baseURL, timeout: timeoutMs })
  const sentAt = new WeakMap<object, number>()

  const record = (
    config: InternalAxiosRequestConfig | undefined,
    outcome: Partial<RequestRecord>
  ) => {
    const start = (config && sentAt.get(config)) ?? Date.now()
    records.push({
      method: (config?.method ?? "?").toUpperCase(),
      route: (config?.url ?? "?").replace(ID, "/:id"),
      sentAt: start,
      answeredAt: Date.now(),
      status: null,
      ...outcome,
    })
  }
  client.interceptors.request.use((config) => {
    sentAt.set(config, Date.now())
    return config
  })
  client.interceptors.response.use(
    (response) => {
      const body = response.data as { type?: unknown } | undefined
      record(response.config, {
        status: response.status,
        type: typeof body?.type === "string" ? body.type : undefined,
      })
      return response
    },
    (error) => {
      const response = axios.isAxiosError(error) ? error.response : undefined
      const body = response?.data as
        { type?: unknown; message?: unknown } | undefined
      record(axios.isAxiosError(error) ? error.config : undefined, {
        status: response?.status ?? null,
        type: typeof body?.type === "string" ? body.type : undefined,
        message: typeof body?.message === "string" ? body.message : undefined,
        error: response ? undefined : String((error as Error).message),
      })
      return Promise.reject(error)
    }
  )
  return { client, records }
}

export type CheckoutLoad = {
  /** Every completed checkout the load saw answered 200 with an order group. */
  completed: { cartId: string; groupId: string; at: number }[]
  /** The carts whose completion is waiting for its answer, with when it was sent. */
  completing: Map<string, number>
  /** Stops the loops and waits for the requests in flight. */
  stop(): Promise<void>
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** What one checkout loop puts in each of its carts. */
export type CartContents = { lines: CartLine[]; shippingOptionIds: string[] }

/**
 * Storefront traffic: one checkout loop per entry of `carts`, each building carts with
 * those contents and completing them, and `reads` loops reading the newest cart. A failed
 * request abandons that cart; the loop starts a new one after a short pause.
 */
export function startCheckoutLoad(
  client: AxiosInstance,
  marketplace: MarketplaceFixture,
  options: { carts: CartContents[]; reads: number }
): CheckoutLoad {
  let stopped = false
  let newestCartId: string | undefined
  let carts = 0
  const completed: CheckoutLoad["completed"] = []
  const completing = new Map<string, number>()

  const checkoutLoop = async (contents: CartContents) => {
    while (!stopped) {
      try {
        const cart = await createReadyCart(client, marketplace, {
          ...contents,
          email: `shopper-${++carts}@example.test`,
        })
        newestCartId = cart.id
        completing.set(cart.id, Date.now())
        const { data } = await client
          .post(`/store/carts/${cart.id}/complete`, {}, marketplace.store)
          .finally(() => completing.delete(cart.id))
        if (data.type === "order_group") {
          completed.push({
            cartId: cart.id,
            groupId: data.order_group.id,
            at: Date.now(),
          })
        }
      } catch {
        await pause(100)
      }
    }
  }
  const readLoop = async () => {
    while (!stopped) {
      if (!newestCartId) {
        await pause(50)
        continue
      }
      await client
        .get(`/store/carts/${newestCartId}`, marketplace.store)
        .catch(() => pause(100))
    }
  }

  const loops = [
    ...options.carts.map(checkoutLoop),
    ...Array.from({ length: options.reads }, readLoop),
  ]
  return {
    completed,
    completing,
    stop: async () => {
      stopped = true
      await Promise.all(loops)
    },
  }
}
