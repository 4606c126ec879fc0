#!/usr/bin/env node
// `npm run dev`: runs the marketplace on whatever the environment configures. Without
// DATABASE_URL it starts an embedded PostgreSQL under .data/, migrates, seeds once and
// starts Medusa in develop mode.
const fs = require("node:fs")
const path = require("node:path")
const { spawn } = require("node:child_process")
const {
  startEmbeddedPostgres,
  ensureDatabase,
} = require("./lib/embedded-postgres")

const root = path.resolve(__dirname, "..")
const medusaBin = path.join(root, "node_modules", ".bin", "medusa")
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT || 54329)
const EMBEDDED_DB = "marketplace"

if (fs.existsSync(path.join(root, ".env"))) {
  process.loadEnvFile(path.join(root, ".env"))
}
process.env.MEDUSA_DISABLE_TELEMETRY ??= "true"

let current
let panelWatch

/**
 * The seller panel rebuilt on every change (Vite's watch build) into public/seller, where
 * the server serves it from at /seller; a reload of the page shows the change.
 */
function watchSellerPanel() {
  return spawn(
    path.join(root, "node_modules", ".bin", "vite"),
    [
      "build",
      "--watch",
      "--mode",
      "development",
      "--config",
      "seller-panel/vite.config.ts",
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        SELLER_PANEL_OUT_DIR: path.join(root, "public", "seller"),
      },
      detached: true,
    }
  )
}

/** Runs the medusa CLI in its own process group so a stop reaches its children too. */
function medusa(args) {
  current = spawn(medusaBin, args, {
    cwd: root,
    stdio: "inherit",
    env: process.env,
    detached: true,
  })
  return current
}

function run(args) {
  return new Promise((resolve, reject) => {
    medusa(args).on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`medusa ${args.join(" ")} exited with ${code}`))
    )
  })
}

async function main() {
  let embedded
  if (!process.env.DATABASE_URL) {
    if (process.env.NODE_ENV === "production") {
      console.error(
        "Invalid configuration: DATABASE_URL is required when NODE_ENV=production"
      )
      process.exit(1)
    }
    console.log(
      `DATABASE_URL is not set: starting embedded PostgreSQL on 127.0.0.1:${EMBEDDED_PORT} (data in .data/postgres)`
    )
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(root, ".data", "postgres"),
      port: EMBEDDED_PORT,
    })
    await ensureDatabase(embedded, EMBEDDED_DB)
    process.env.DATABASE_URL = embedded.url(EMBEDDED_DB)
  }

  const stop = async (code) => {
    if (panelWatch && panelWatch.exitCode === null) {
      try {
        process.kill(-panelWatch.pid, "SIGTERM")
      } catch {}
    }
    if (current && current.exitCode === null) {
      try {
        process.kill(-current.pid, "SIGTERM")
      } catch {}
      await new Promise((resolve) => current.once("exit", resolve))
    }
    if (embedded) {
      await embedded.stop().catch(() => {})
    }
    process.exit(code)
  }
  process.on("SIGINT", () => stop(0))
  process.on("SIGTERM", () => stop(0))

  try {
    await run(["db:migrate"])
    // The seed script is idempotent: on an already seeded database it only prints the credentials.
    await run(["exec", "./src/scripts/seed.ts"])
  } catch (error) {
    console.error(error.message)
    await stop(1)
  }

  panelWatch = watchSellerPanel()
  const command =
    process.env.MEDUSA_DEV_COMMAND === "start" ? ["start"] : ["develop"]
  medusa(command).on("exit", (code) => stop(code ?? 0))
  const backendUrl = (
    process.env.MEDUSA_BACKEND_URL ||
    `http://localhost:${process.env.PORT || 9000}`
  ).replace(/\/+$/, "")
  console.log(`Seller panel: ${backendUrl}/seller`)
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
