import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { PostgresLockingProvider } from "./services/postgres-locking"

export { PostgresLockingProvider }

export default ModuleProvider(Modules.LOCKING, {
  services: [PostgresLockingProvider],
})
