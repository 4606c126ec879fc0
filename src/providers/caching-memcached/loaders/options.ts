import type { ProviderLoaderOptions } from "@medusajs/framework/types"
import { asValue } from "@medusajs/framework/awilix"
import {
  MemcachedCachingOptions,
  MemcachedCachingProvider,
} from "../services/memcached-cache"

/**
 * Registers this provider's options in its own container. The Caching Module passes the
 * provider's options only to loaders (the constructor receives the module's options), as
 * Medusa's caching-redis does with its connection loader.
 */
export default async function memcachedOptionsLoader({
  container,
  options,
}: ProviderLoaderOptions): Promise<void> {
  const memcachedOptions = options as MemcachedCachingOptions | undefined
  MemcachedCachingProvider.validateOptions(memcachedOptions)
  container.register({ memcachedOptions: asValue(memcachedOptions) })
}
