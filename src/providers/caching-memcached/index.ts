import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import memcachedOptionsLoader from "./loaders/options"
import { MemcachedCachingProvider } from "./services/memcached-cache"

export { MemcachedCachingProvider }
export type { MemcachedCachingOptions } from "./services/memcached-cache"

export default ModuleProvider(Modules.CACHING, {
  services: [MemcachedCachingProvider],
  loaders: [memcachedOptionsLoader],
})
