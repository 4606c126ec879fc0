import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { buildMedusaConfig, ConfigError } from "./src/config"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

function load() {
  try {
    return buildMedusaConfig(process.env)
  } catch (error) {
    if (error instanceof ConfigError) {
      // One line naming the variable, then stop: a half-configured marketplace must not start.
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
}

module.exports = defineConfig(load())
