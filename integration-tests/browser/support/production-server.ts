import { ChildProcess, spawn } from "node:child_process"
import fs from "node:fs"
import path from "node:path"
import { freePort } from "../../utils/loopback-port"
import { templatePrefix } from "../../utils/migrated-template"
import { pgConnection, withAdminClient } from "../../utils/postgres-admin"

const ROOT = path.resolve(__dirname, "../../..")
const SERVER_DIR = path.join(ROOT, ".medusa", "server")
const MEDUSA = path.join(ROOT, "node_modules", ".bin", "medusa")
const ADMIN_INDEX = path.join(SERVER_DIR, "public", "admin", "index.html")
const SELLER_PANEL_INDEX = path.join(
  SERVER_DIR,
  "public",
  "seller",
  "index.html"
)

export type ProductionServer = {
  /** Where the browser opens the admin (127.0.0.1), deliberately not MEDUSA_BACKEND_URL (localhost). */
  url: string
  publishableKey: string
  admin: { email: string; password: string }
  sellerPassword: string
  logFile: string
  timings: Record<string, number>
  stop: () => Promise<void>
}

/** Runs a medusa CLI command, output appended to the log; rejects with the log's tail. */
function medusa(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }
): Promise<string> {
  return run(MEDUSA, args, options)
}

function run(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string }
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env,
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    const collect = (chunk: Buffer) => {
      output += chunk.toString()
      fs.appendFileSync(options.logFile, chunk)
    }
    child.stdout.on("data", collect)
    child.stderr.on("data", collect)
    child.on("exit", (code) =>
      code === 0
        ? resolve(output)
        : reject(
            new Error(
              `${path.basename(command)} ${args.join(" ")} exited with ${code}:\n${output.split("\n").slice(-30).join("\n")}`
            )
          )
    )
  })
}

/**
 * The production build, as `npm run build` makes it: `medusa build` (backend and admin) into
 * .medusa/server, then the seller panel into its public/seller, unless BROWSER_SUITE_BUILD=reuse
 * and a build with both is there (CI builds once before the tests).
 * Returns the seconds it took (0 when reused).
 */
async function ensureBuild(
  env: NodeJS.ProcessEnv,
  logFile: string
): Promise<number> {
  if (process.env.BROWSER_SUITE_BUILD === "reuse") {
    for (const index of [ADMIN_INDEX, SELLER_PANEL_INDEX]) {
      if (!fs.existsSync(index)) {
        throw new Error(
          `BROWSER_SUITE_BUILD=reuse but ${index} does not exist: run "npm run build" first`
        )
      }
    }
    return 0
  }
  const started = Date.now()
  await medusa(["build"], { cwd: ROOT, env, logFile })
  await run(
    path.join(ROOT, "node_modules", ".bin", "vite"),
    ["build", "--config", "seller-panel/vite.config.ts"],
    { cwd: ROOT, env, logFile }
  )
  return (Date.now() - started) / 1000
}

/**
 * Creates `database` as a copy of a database migrated and seeded by the project's seed
 * script, and returns the seed's output (credentials and ids). The first suite of a run
 * migrates and seeds a template (its output kept as the template's comment); the others
 * wait for it under an advisory lock and copy it: the seed does not depend on the
 * settings suites override.
 */
async function createSeededDatabase(
  database: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  timings: Record<string, number>
): Promise<string> {
  const template = `${templatePrefix()}browser-seeded`
  return withAdminClient(async (client) => {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [template])
    try {
      const exists = await client.query(
        "SELECT 1 FROM pg_database WHERE datname = $1",
        [template]
      )
      if (!exists.rowCount) {
        const building = `${template}-building`
        const buildEnv = {
          ...env,
          DATABASE_URL: env.DATABASE_URL!.replace(/[^/]+$/, building),
        }
        await client.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
        await client.query(`CREATE DATABASE "${building}"`)
        let started = Date.now()
        await medusa(["db:migrate"], {
          cwd: SERVER_DIR,
          env: buildEnv,
          logFile,
        })
        timings.migrate_s = (Date.now() - started) / 1000
        started = Date.now()
        const output = await medusa(["exec", "./src/scripts/seed.js"], {
          cwd: SERVER_DIR,
          env: buildEnv,
          logFile,
        })
        timings.seed_s = (Date.now() - started) / 1000
        await client.query(
          `COMMENT ON DATABASE "${building}" IS ${client.escapeLiteral(output)}`
        )
        await client.query(
          `ALTER DATABASE "${building}" RENAME TO "${template}"`
        )
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(hashtext($1))", [template])
    }
    const started = Date.now()
    await client.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`)
    timings.copy_s = (Date.now() - started) / 1000
    const { rows } = await client.query(
      "SELECT shobj_description(oid, 'pg_database') AS output FROM pg_database WHERE datname = $1",
      [template]
    )
    return rows[0].output as string
  })
}

/**
 * Builds (or reuses) the production server, creates a fresh database on the test
 * PostgreSQL, migrated and seeded with the project's seed script, and starts
 * `medusa start` from .medusa/server with NODE_ENV=production.
 */
export async function startProductionServer(
  overrides: Record<string, string> = {}
): Promise<ProductionServer> {
  const logDir = path.join(ROOT, ".data", "browser")
  fs.mkdirSync(logDir, { recursive: true })
  const logFile = path.join(logDir, `server-${process.pid}.log`)
  fs.writeFileSync(logFile, "")
  const database = `marketplace_browser_${process.pid}_${Date.now().toString(36)}`
  const port = await freePort()
  const connection = pgConnection(database)
  const env: NodeJS.ProcessEnv = { ...process.env }
  // The suite's server chooses its own providers: in-process ones, nothing from the test run.
  for (const name of Object.keys(env)) {
    if (
      /^(REDIS_URL|TEST_|EVENTS_|WORKFLOW_|CACHE_|LOCKING|MEMCACHED|S3_|SENDGRID|RESEND|SLACK|POSTHOG|NODE_OPTIONS|DB_)/.test(
        name
      )
    ) {
      delete env[name]
    }
  }
  Object.assign(env, {
    NODE_ENV: "production",
    DATABASE_URL: `postgres://${encodeURIComponent(connection.user)}:${encodeURIComponent(connection.password)}@${connection.host}:${connection.port}/${database}`,
    JWT_SECRET: "browser-suite-jwt-secret",
    COOKIE_SECRET: "browser-suite-cookie-secret",
    MEDUSA_WORKER_MODE: "shared",
    MEDUSA_BACKEND_URL: `http://localhost:${port}`,
    DISABLE_MEDUSA_ADMIN: "false",
    // Captured sales are payable at once, so "run payouts now" has something to pay.
    PAYOUT_HOLD_DAYS: "0",
    PAYOUT_PROVIDER: "manual",
    MEDUSA_DISABLE_TELEMETRY: "true",
    LOG_LEVEL: "info",
    ...overrides,
  })

  const timings: Record<string, number> = {}
  let started = Date.now()
  timings.build_s = await ensureBuild(env, logFile)
  const modulesLink = path.join(SERVER_DIR, "node_modules")
  if (!fs.existsSync(modulesLink)) {
    fs.symlinkSync(path.join("..", "..", "node_modules"), modulesLink)
  }

  const dropDatabase = () =>
    withAdminClient((client) =>
      client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`)
    )
  let server: ChildProcess | undefined
  try {
    const seeded = await createSeededDatabase(database, env, logFile, timings)
    const publishableKey = /Publishable key: (pk_\w+)/.exec(seeded)?.[1]
    const credentials = /Admin: (\S+) \/ (\S+)/.exec(seeded)
    const sellerPassword = /Seller: \S+ \/ (\S+)/.exec(seeded)?.[1]
    if (!publishableKey || !credentials || !sellerPassword) {
      throw new Error(
        `the seed script did not print its credential lines (log: ${logFile})`
      )
    }

    started = Date.now()
    const out = fs.openSync(logFile, "a")
    server = spawn(
      MEDUSA,
      ["start", "--port", String(port), "--host", "127.0.0.1"],
      {
        cwd: SERVER_DIR,
        env,
        stdio: ["ignore", out, out],
        detached: true,
      }
    )
    fs.closeSync(out)
    const url = `http://127.0.0.1:${port}`
    await waitForHealth(url, server, logFile)
    timings.start_s = (Date.now() - started) / 1000

    const running = server
    return {
      url,
      publishableKey,
      admin: { email: credentials[1], password: credentials[2] },
      sellerPassword,
      logFile,
      timings,
      stop: async () => {
        await stopProcessGroup(running)
        await dropDatabase()
      },
    }
  } catch (error) {
    if (server) {
      await stopProcessGroup(server)
    }
    await dropDatabase()
    throw error
  }
}

async function waitForHealth(
  url: string,
  server: ChildProcess,
  logFile: string
) {
  const deadline = Date.now() + 180_000
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(
        `medusa start exited with ${server.exitCode} (log: ${logFile})`
      )
    }
    try {
      if ((await fetch(`${url}/health`)).ok) {
        return
      }
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(
    `the production server did not answer /health within 180 s (log: ${logFile})`
  )
}

async function stopProcessGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null || !child.pid) {
    return
  }
  const exited = new Promise((resolve) => child.once("exit", resolve))
  process.kill(-child.pid, "SIGTERM")
  const timer = setTimeout(
    () => child.pid && process.kill(-child.pid, "SIGKILL"),
    20_000
  )
  await exited
  clearTimeout(timer)
}
