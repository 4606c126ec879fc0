// Runs once before all specs: a PostgreSQL for the run (embedded unless DB_HOST is given)
// and the reachability of the optional services, which decides which suites run.
const fs = require("node:fs")
const path = require("node:path")
const { startEmbeddedPostgres } = require("../scripts/lib/embedded-postgres")
const { probeServices } = require("./service-probes")

const net = require("node:net")

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.unref()
    server.on("error", reject)
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address()
      server.close(() => resolve(port))
    })
  })
}

/**
 * Where the throw-away cluster keeps its files: in memory (/dev/shm) when it has room.
 * Medusa's runner copies a suite's database from its snapshot before every test (CREATE
 * DATABASE ... TEMPLATE, about a thousand files): ~1.2 s on the disk of a two-core CI
 * machine, ~0.05 s in memory. A container's small /dev/shm (64 MB) keeps .data/.
 * TEST_PG_PARENT_DIR chooses another folder.
 */
function testClusterParent() {
  if (process.env.TEST_PG_PARENT_DIR) {
    return process.env.TEST_PG_PARENT_DIR
  }
  const disk = path.join(__dirname, "..", ".data")
  try {
    fs.accessSync("/dev/shm", fs.constants.W_OK)
    const { bavail, bsize } = fs.statfsSync("/dev/shm")
    return bavail * bsize >= 4 * 1024 ** 3 ? "/dev/shm" : disk
  } catch {
    return disk
  }
}

module.exports = async function globalSetup() {
  if (!process.env.DB_HOST) {
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(testClusterParent(), `postgres-test-${process.pid}`),
      // A free port per run, so parallel runs and a dev cluster never collide.
      port: Number(process.env.TEST_EMBEDDED_PG_PORT) || (await freePort()),
      persistent: false,
      durable: false,
    })
    globalThis.__EMBEDDED_PG__ = embedded
    // "localhost" keeps Medusa's test runner from forcing SSL on the connection.
    process.env.DB_HOST = "localhost"
    process.env.DB_PORT = String(embedded.port)
    process.env.DB_USERNAME = embedded.user
    process.env.DB_PASSWORD = embedded.password
  }
  process.env.DB_USERNAME ??= "postgres"
  // Names this run's migrated template databases (integration-tests/utils/migrated-template.ts).
  process.env.TEST_RUN_ID = String(process.pid)

  const services = await probeServices()
  const missing = []
  for (const [name, reason] of Object.entries(services)) {
    process.env[`TEST_SERVICE_${name.toUpperCase()}`] = reason ?? "up"
    if (reason) {
      missing.push(`${name}: ${reason}`)
    }
  }
  if (missing.length && process.env.CI === "true") {
    throw new Error(
      `CI=true and a required test service is unavailable — ${missing.join("; ")}`
    )
  }
  // The app under test must not pick these up as its own configuration (REDIS_URL alone
  // switches four modules to Redis); suites that want them pass them explicitly.
  for (const variable of ["REDIS_URL", "MEMCACHED_SERVERS"]) {
    if (process.env[variable]) {
      process.env[`TEST_${variable}`] = process.env[variable]
      delete process.env[variable]
    }
  }
  if (missing.length) {
    console.warn(
      `\nSuites needing these services will be skipped: ${missing.join("; ")}`
    )
  }
}
