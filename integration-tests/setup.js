const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")

// Each spec file loads the app afresh; entity metadata from a previous file must not leak in.
MetadataStorage.clear()
process.env.MEDUSA_DISABLE_TELEMETRY = "true"
