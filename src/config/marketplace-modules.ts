import type { ModuleEntry } from "./infrastructure-modules"

/** The marketplace's own modules (src/modules); filled in as each domain lands. */
export const MARKETPLACE_MODULES: ModuleEntry[] = []
